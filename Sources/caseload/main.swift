import CaseloadCore

print("caseload")
