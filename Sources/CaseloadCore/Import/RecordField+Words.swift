extension RecordField {
  /// A case category by the words and abbreviations teams use: CIN, CP/CPP, CLA/LAC/CiC,
  /// CL/care leaver, PLO/court/proceedings, assessment/C&F, or the store's own names.
  public static func category(_ text: String) throws(FieldProblem) -> Case.Category {
    try word(
      text, in: categoryWords, what: "category",
      hint: "write CIN, CP, CLA, care leaver, PLO or assessment")
  }

  /// A worker's role: social worker/SW, senior practitioner/SP, ASYE/NQSW, student, family
  /// support worker/FSW. "Agency", "locum" and the like before it are ignored.
  public static func role(_ text: String) throws(FieldProblem) -> Worker.Role {
    var key = normalized(text)
    for prefix in ["agency", "locum", "interim", "temporary", "permanent"]
    where key.hasPrefix(prefix) && key.count > prefix.count {
      key.removeFirst(prefix.count)
    }
    return try word(
      key, in: roleWords, what: "role",
      hint: "write social worker, senior practitioner, ASYE, student or family support worker",
      original: text)
  }

  /// Agency or permanent, from the words (agency, locum, interim, permanent, employed) or a
  /// yes/no answer to "Agency?".
  public static func employment(_ text: String) throws(FieldProblem) -> Worker.Employment {
    if let answer = try? yesNo(text) { return answer ? .agency : .permanent }
    return try word(
      text, in: employmentWords, what: "employment", hint: "write agency or permanent (or yes/no)")
  }

  /// Yes or no: yes/y/true/1/x or no/n/false/0.
  public static func yesNo(_ text: String) throws(FieldProblem) -> Bool {
    switch normalized(text) {
    case "yes", "y", "true", "t", "1", "x": return true
    case "no", "n", "false", "f", "0": return false
    default: throw FieldProblem("'\(text.trimmed.visible)' is not yes or no")
    }
  }

  /// What a team does: front door/MASH, duty and assessment, CIN/CP, children in care,
  /// care leavers, other.
  public static func teamKind(_ text: String) throws(FieldProblem) -> Team.Kind {
    try word(
      text, in: teamKindWords, what: "team kind",
      hint: "write front-door, duty-and-assessment, child-in-need-and-protection, "
        + "children-in-care, care-leavers or other")
  }

  private static func word<Value>(
    _ text: String, in table: [String: Value], what: String, hint: String, original: String? = nil
  ) throws(FieldProblem) -> Value {
    let shown = (original ?? text).trimmed
    guard !shown.isEmpty else { throw FieldProblem("no \(what) given; \(hint)") }
    guard let value = table[normalized(text)] else {
      throw FieldProblem("'\(shown.visible)' is not a \(what) we know; \(hint)")
    }
    return value
  }

  private static func table<Value>(_ pairs: [(Value, [String])]) -> [String: Value] {
    var result: [String: Value] = [:]
    for (value, words) in pairs {
      for word in words { result[normalized(word)] = value }
    }
    return result
  }

  private static let categoryWords: [String: Case.Category] = table([
    (
      .assessment,
      [
        "assessment", "assess", "C&F", "CandF", "CF", "CFA", "child and family",
        "child and family assessment", "single assessment", "assessment-in-progress",
        "C&F assessment", "CF assessment", "assessment (C&F)", "in assessment",
      ]
    ),
    (.childInNeed, ["CIN", "child in need", "child-in-need", "CIN plan", "S17", "section 17"]),
    (
      .childProtection,
      ["CP", "CPP", "child protection", "child-protection", "child protection plan", "CP plan"]
    ),
    (
      .childInCare,
      [
        "CLA", "LAC", "CiC", "child in care", "child-in-care", "children in care",
        "looked after", "looked after child", "child looked after", "in care", "S20",
        "section 20", "care order",
      ]
    ),
    (.careLeaver, ["CL", "care leaver", "care-leaver", "care leavers", "leaving care"]),
    (
      .courtProceedings,
      [
        "PLO", "court", "proceedings", "court proceedings", "court-proceedings",
        "care proceedings", "pre-proceedings", "pre proceedings",
      ]
    ),
  ])

  private static let roleWords: [String: Worker.Role] = table([
    (
      .socialWorker,
      ["social worker", "social-worker", "SW", "QSW", "qualified social worker", "case worker"]
    ),
    (
      .seniorPractitioner,
      [
        "senior practitioner", "senior-practitioner", "SP", "senior social worker", "SSW",
        "advanced practitioner", "AP",
      ]
    ),
    (
      .asye,
      [
        "ASYE", "NQSW", "newly qualified", "newly qualified social worker", "ASYE social worker",
        "ASYE worker",
      ]
    ),
    (
      .student,
      ["student", "student social worker", "social work student", "placement student"]
    ),
    (
      .familySupportWorker,
      [
        "family support worker", "family-support-worker", "FSW", "family support",
        "family support practitioner", "family worker", "support worker",
      ]
    ),
  ])

  private static let employmentWords: [String: Worker.Employment] = table([
    (.agency, ["agency", "locum", "interim", "contractor", "agency worker", "AGY"]),
    (.permanent, ["permanent", "perm", "employed", "staff", "in house", "fixed term", "PERM"]),
  ])

  private static let teamKindWords: [String: Team.Kind] = table([
    (.frontDoor, ["front door", "front-door", "MASH", "FD", "contact and referral"]),
    (
      .dutyAndAssessment,
      ["duty and assessment", "duty-and-assessment", "duty", "assessment", "D&A"]
    ),
    (
      .childInNeedAndProtection,
      [
        "child in need and protection", "child-in-need-and-protection", "CIN/CP", "CIN CP",
        "safeguarding", "CIN", "CP",
      ]
    ),
    (
      .childrenInCare,
      ["children in care", "children-in-care", "CiC", "LAC", "CLA", "looked after"]
    ),
    (.careLeavers, ["care leavers", "care-leavers", "leaving care", "CL"]),
    (.other, ["other"]),
  ])
}
