import CaseloadCore

extension FormKind {
  /// The form's fields, filled with what the store holds now (or the usual defaults).
  func fields(_ context: ScreenContext) -> [FormField] {
    let caseload = context.caseload
    let today = context.today.description
    switch self {
    case .newTeam:
      return [
        FormField("id", "Team id", .id, hint: "short, such as cin-2"),
        FormField("name", "Name", .name),
        FormField("kind", "Kind", .choice(FormField.Choice.all(Team.Kind.self) { $0.label })),
        FormField(
          "managers", "Managers", .optionalText, value: context.user,
          hint: "OS user names, comma between"),
      ]
    case .newWorker:
      return [
        FormField("id", "Worker id", .id, hint: "their user name, such as sam.patel"),
        FormField("name", "Name", .name),
        FormField("role", "Role", .choice(FormField.Choice.all(Worker.Role.self) { $0.label })),
        FormField("employment", "Employment", .choice(Self.employment)),
        FormField("fte", "FTE", .fte, value: "1", hint: "0.6, 60% or 22.5 hours of 37"),
        FormField("start", "Start date", .day(notFuture: false), value: today),
        FormField("cap", "Cap", .optionalCap, hint: "weight points; blank: from FTE"),
      ]
    case .workerDetails(let id):
      let worker = caseload.worker(id)
      return [
        FormField(
          "role", "Role", .choice(FormField.Choice.all(Worker.Role.self) { $0.label }),
          value: worker?.role.rawValue ?? ""),
        FormField(
          "employment", "Employment", .choice(Self.employment),
          value: worker?.employment.rawValue ?? ""),
        FormField("fte", "FTE", .fte, value: worker.map { Self.number($0.fte) } ?? "1"),
        FormField(
          "cap", "Cap", .optionalCap, value: worker?.cap.map(Self.number) ?? "",
          hint: "weight points; blank: from FTE"),
        FormField(
          "team", "Team", .choice(Self.teams(caseload)), value: worker?.team.rawValue ?? ""),
        FormField(
          "leaving", "Leaving", .optionalDay, value: worker?.leaving?.description ?? "",
          hint: "contract end or notice; blank: not leaving"),
        FormField("reason", "Reason", .reason),
      ]
    case .absence:
      return [
        FormField("from", "From", .day(notFuture: false), value: today),
        FormField("to", "To", .day(notFuture: false), value: today),
        FormField("reason", "Reason", .reason, hint: "annual leave, sick leave, training..."),
      ]
    case .newCase(let team):
      return [
        FormField("id", "Child id", .id, hint: "the authority's id, such as C102938"),
        FormField("child", "Child's name", .name),
        FormField("born", "Date of birth", .day(notFuture: true)),
        FormField(
          "category", "Category", .choice(FormField.Choice.all(Case.Category.self) { $0.label })),
        FormField("family", "Family id", .optionalText, hint: "siblings share one; may be blank"),
        FormField("opened", "Opened", .day(notFuture: true), value: today),
        FormField("worker", "Worker", .choice(Self.workers(in: team, context))),
        FormField("reason", "Reason", .reason, value: "New referral"),
      ]
    case .visit:
      return [
        FormField("date", "Visit date", .day(notFuture: true), value: today),
        FormField("alone", "Seen alone", .choice([.init("no", "No"), .init("yes", "Yes")])),
      ]
    case .category(let id):
      return [
        FormField(
          "category", "New category",
          .choice(FormField.Choice.all(Case.Category.self) { $0.label }),
          value: caseload.case(id)?.category.rawValue ?? ""),
        FormField("reason", "Reason", .reason),
      ]
    case .closure:
      return [
        FormField("date", "Closed on", .day(notFuture: true), value: today),
        FormField("reason", "Reason", .reason),
      ]
    case .transfer(let id):
      let here = caseload.case(id).flatMap { caseload.team(of: $0) }
      let teams = Self.teams(caseload).filter { $0.value != here?.rawValue }
      return [
        FormField("team", "To team", .choice(teams)),
        FormField(
          "worker", "Worker", .optionalText,
          hint: "a worker id in that team; blank: its unallocated queue"),
        FormField("reason", "Reason", .reason),
      ]
    }
  }

  static let employment = [
    FormField.Choice("permanent", "Permanent"), FormField.Choice("agency", "Agency"),
  ]

  static func teams(_ caseload: Caseload) -> [FormField.Choice] {
    caseload.teams.values.map { FormField.Choice($0.id.rawValue, $0.name) }
  }

  /// The team's workers who can take cases, after "unallocated".
  static func workers(in team: Team.ID, _ context: ScreenContext) -> [FormField.Choice] {
    [FormField.Choice("", "Unallocated (the team's queue)")]
      + context.caseload.workers(in: team).filter { !$0.hasLeft(on: context.today) }
      .sorted(by: Worker.byName).map { FormField.Choice($0.id.rawValue, $0.name) }
  }

  static func number(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
  }
}

extension Team.Kind {
  /// As a manager says it.
  var label: String {
    switch self {
    case .frontDoor: return "Front door"
    case .dutyAndAssessment: return "Duty and assessment"
    case .childInNeedAndProtection: return "Child in need and protection"
    case .childrenInCare: return "Children in care"
    case .careLeavers: return "Care leavers"
    case .other: return "Other"
    }
  }
}
