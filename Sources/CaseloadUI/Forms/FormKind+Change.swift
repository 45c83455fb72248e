import CaseloadCore

/// The values of a form's fields by key, read with the parsers the command line uses.
struct FormValues {
  var fields: [FormField]

  func field(_ key: String) -> FormField? { fields.first { $0.key == key } }
  func text(_ key: String) -> String { field(key)?.value ?? "" }

  /// A field's value through a parser, or a refusal naming the field.
  func parse<T>(_ key: String, _ parser: (String) throws -> T) throws -> T {
    do {
      return try parser(text(key))
    } catch {
      let message = (error as? FieldProblem)?.message ?? "\(error)"
      throw CaseloadError.refused("\(field(key)?.label ?? key): \(message)")
    }
  }

  func optional<T>(_ key: String, _ parser: (String) throws -> T) throws -> T? {
    text(key).isEmpty ? nil : try parse(key, parser)
  }
}

extension FormKind {
  /// The recorded change the form makes, or a refusal naming the field that is wrong.
  func change(_ values: FormValues, _ context: ScreenContext) throws -> Change {
    let caseload = context.caseload
    let today = context.today
    for field in values.fields {
      if let problem = field.problem(today: today) {
        throw CaseloadError.refused("\(field.label): \(problem)")
      }
    }
    switch self {
    case .newTeam:
      let managers = values.text("managers").split(separator: ",")
        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      return .addTeam(
        Team(
          id: Team.ID(rawValue: try values.parse("id") { try RecordField.id($0, "team id") }),
          name: try values.parse("name") { try RecordField.name($0) },
          kind: Team.Kind(rawValue: values.text("kind")) ?? .other, managers: managers))
    case .newWorker(let team):
      return .addWorker(
        Worker(
          id: Worker.ID(rawValue: try values.parse("id") { try RecordField.id($0, "worker id") }),
          name: try values.parse("name") { try RecordField.name($0) }, team: team,
          role: Worker.Role(rawValue: values.text("role")) ?? .socialWorker,
          employment: Worker.Employment(rawValue: values.text("employment")) ?? .permanent,
          fte: try values.parse("fte") { try RecordField.fte($0) },
          started: try values.parse("start", RecordField.day),
          cap: try values.optional("cap", RecordField.cap)))
    case .workerDetails(let id):
      guard let worker = caseload.worker(id) else {
        throw CaseloadError.notFound("no worker '\(id)'")
      }
      var update = WorkerUpdate(
        worker: id, reason: try values.parse("reason", RecordField.reason), recordedOn: today)
      update.role = Edit(
        from: worker.role, to: Worker.Role(rawValue: values.text("role")) ?? worker.role)
      update.employment = Edit(
        from: worker.employment,
        to: Worker.Employment(rawValue: values.text("employment")) ?? worker.employment)
      update.fte = Edit(from: worker.fte, to: try values.parse("fte") { try RecordField.fte($0) })
      update.cap = Edit(from: worker.cap, to: try values.optional("cap", RecordField.cap))
      update.team = Edit(from: worker.team, to: Team.ID(rawValue: values.text("team")))
      update.leaving = Edit(
        from: worker.leaving, to: try values.optional("leaving", RecordField.day))
      let changed = update.withoutUnchanged
      guard !changed.isEmpty else {
        throw CaseloadError.refused("Nothing has changed: edit a field, or Esc to leave.")
      }
      return .updateWorker(changed)
    case .absence(let id):
      return .recordAbsence(
        AbsenceRecord(
          worker: id,
          absence: Worker.Absence(
            from: try values.parse("from", RecordField.day),
            to: try values.parse("to", RecordField.day),
            reason: try values.parse("reason", RecordField.reason)),
          recordedOn: today))
    case .newCase(let team):
      let worker = values.text("worker")
      let family = values.text("family")
      let child = Case(
        id: Case.ID(rawValue: try values.parse("id") { try RecordField.id($0, "child id") }),
        childName: try values.parse("child") { try RecordField.name($0, "child's name") },
        birthDate: try values.parse("born", RecordField.day),
        family: family.isEmpty ? nil : Case.FamilyID(rawValue: family),
        category: Case.Category(rawValue: values.text("category")) ?? .assessment,
        opened: try values.parse("opened", RecordField.day),
        worker: worker.isEmpty ? nil : Worker.ID(rawValue: worker), team: team)
      return .addCase(
        NewCase(
          case: child, reason: try values.parse("reason", RecordField.reason), recordedOn: today)
      )
    case .visit(let id):
      return .recordVisit(
        Visit(
          case: id, on: try values.parse("date", RecordField.day),
          seenAlone: values.text("alone") == "yes", recordedOn: today))
    case .category(let id):
      guard let child = caseload.case(id) else { throw CaseloadError.notFound("no case '\(id)'") }
      let category = Case.Category(rawValue: values.text("category")) ?? child.category
      guard category != child.category else {
        throw CaseloadError.refused("New category: it is \(child.category.label) already.")
      }
      return .changeCategory(
        CategoryChange(
          case: id, category: Edit(from: child.category, to: category),
          reason: try values.parse("reason", RecordField.reason), recordedOn: today))
    case .closure(let id):
      return .closeCase(
        Closure(
          case: id, on: try values.parse("date", RecordField.day),
          reason: try values.parse("reason", RecordField.reason), recordedOn: today))
    case .transfer(let id):
      guard let child = caseload.case(id) else { throw CaseloadError.notFound("no case '\(id)'") }
      let worker = values.text("worker")
      return .transferCase(
        Transfer(
          case: id,
          team: Edit(from: caseload.team(of: child), to: Team.ID(rawValue: values.text("team"))),
          worker: Edit(from: child.worker, to: worker.isEmpty ? nil : Worker.ID(rawValue: worker)),
          reason: try values.parse("reason", RecordField.reason), recordedOn: today))
    }
  }

  /// What the manager must confirm before the change goes ahead: a new case given to a
  /// worker, or a transfer to one, has the warnings of a reassignment (SPEC 1.4).
  func warnings(for change: Change, _ context: ScreenContext) -> [ReassignmentWarning] {
    let caseload = context.caseload
    switch change {
    case .addCase(let referral):
      guard let worker = referral.case.worker else {
        return referral.case.category.isProtected
          ? [.unallocatingProtected(case: referral.case.id)] : []
      }
      return (try? caseload.previewNewCase(referral.case, to: worker, today: context.today))?
        .warnings ?? []
    case .transferCase(let transfer):
      guard let worker = transfer.worker.to else { return [] }
      return (try? caseload.previewTransfer(of: transfer.case, to: worker, today: context.today))?
        .warnings ?? []
    default:
      return []
    }
  }
}
