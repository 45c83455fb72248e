import ArgumentParser

/// `caseload case`: a referral arriving, and what happens to a case after.
struct CaseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "case",
    abstract: "Add a case, record a visit, change its category, close or transfer it.",
    subcommands: [
      CaseAddCommand.self, CaseVisitCommand.self, CaseCategoryCommand.self,
      CaseCloseCommand.self, CaseTransferCommand.self,
    ])
}
