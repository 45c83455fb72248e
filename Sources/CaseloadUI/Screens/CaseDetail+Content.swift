import CaseloadCore

extension CaseDetail {
  /// The lines of the screen and, in order, the items they let the manager choose.
  static func content(for caseID: Case.ID, _ context: ScreenContext) -> (
    lines: [DocumentLine], items: [Item]
  ) {
    let state = context.caseload
    guard let child = state.case(caseID) else {
      return ([DocumentLine("This case is no longer in the store.", role: .warn)], [])
    }
    let rules = context.rules
    func name(_ id: Worker.ID?) -> String {
      guard let id else { return "unallocated" }
      return state.worker(id)?.name ?? id.rawValue
    }
    var lines: [DocumentLine] = []
    var items: [Item] = []
    let age = child.birthDate.days(until: context.today) / 365
    lines.append(
      DocumentLine(
        "\(child.childName), \(age), born \(child.birthDate)  \(child.category.label)",
        role: .highlight))
    let due = rules.visitDue(child) ?? rules.assessmentDue(child)
    let workers = rules.socialWorkers(of: caseID)
    lines.append(DocumentLine("Worker: \(name(child.worker))   Opened \(child.opened)"))
    // Visit dates on a line of their own, so the due date is never wrapped away at 80 columns.
    lines.append(
      DocumentLine(
        "Last visit \(child.lastVisit?.description ?? "none")"
          + (due.map { "   Due \($0.date)\($0.overdue ? " OVERDUE" : "")" } ?? ""),
        role: due?.overdue == true ? .over : .normal))
    lines.append(
      DocumentLine(
        "Social workers in 12 months: \(workers.count)",
        role: workers.count >= state.settings.workerCountWarnAt ? .warn : .normal))
    let siblings = state.siblings(of: child)
    if !siblings.isEmpty {
      lines.append(
        DocumentLine(
          "Siblings: "
            + siblings.map { "\($0.childName) (\($0.id), \(name($0.worker)))" }.joined(
              separator: "; ")))
    }
    lines.append(.heading("Allocation history"))
    for allocation in state.history(of: caseID).reversed() {
      lines.append(
        DocumentLine(
          "\(allocation.from) to \(allocation.to?.description ?? "now")  \(name(allocation.worker))"
            + "  (\(allocation.reason); by \(allocation.by))", indent: 1))
    }

    // Visits, category changes, closures, transfers and the referral, with who and when.
    let changes = ((try? Chronology(of: caseID, in: state))?.entries ?? []).filter {
      Self.recordChanges.contains($0.kind)
    }
    if !changes.isEmpty {
      lines.append(.heading("Changes to the record, newest first"))
      for entry in changes.reversed() {
        let when = entry.recorded.map { " at \($0.shortText)" } ?? ""
        lines.append(
          DocumentLine("\(entry.date)  \(entry.summary)  (by \(entry.by)\(when))", indent: 1))
      }
    }

    lines.append(.heading("Oversight and supervision, newest first"))
    var records: [(recorded: Timestamp, id: RecordID, lines: [DocumentLine])] = []
    for note in state.notes(on: caseID) {
      records.append(
        (
          note.authorship.recorded, note.id,
          [
            title(
              "Oversight note by \(note.authorship.author), \(note.authorship.recorded.utcDay)",
              note.id, state: state)
          ] + discussion(note.note, state: state) + addenda(note.id, state: state)
        ))
    }
    for (session, entry) in state.sessionEntries(on: caseID) {
      records.append(
        (
          session.authorship.recorded, session.id,
          [
            title(
              "Supervision with \(name(session.worker)), \(session.date)", session.id,
              state: state)
          ] + discussion(entry, state: state) + addenda(session.id, state: state)
        ))
    }
    if records.isEmpty { lines.append(DocumentLine("None recorded.", role: .dim, indent: 1)) }
    for record in records.sorted(by: { $0.recorded > $1.recorded }) {
      var block = record.lines
      block[0].item = items.count
      items.append(.record(record.id))
      lines += block
    }

    let open = state.openActions(on: caseID)
    lines.append(.heading("Open actions (\(open.count))"))
    if open.isEmpty { lines.append(DocumentLine("None open.", role: .dim, indent: 1)) }
    for item in open {
      let overdue = item.isOverdue(today: context.today)
      var line = DocumentLine(
        "\(item.action.due)\(overdue ? " OVERDUE" : "") \(item.action.text)"
          + " (\(item.action.owner.name(in: state)); set \(item.set))",
        role: overdue ? .over : .normal, indent: 1)
      line.item = items.count
      items.append(.action(item.id))
      lines.append(line)
    }
    return (lines, items)
  }

  /// The kinds of chronology entry that are changes to the case's own record.
  static let recordChanges: Set<Chronology.Entry.Kind> = [
    .added, .imported, .updated, .visit, .category, .closed, .reopened, .transferred,
  ]

  /// A record's first line, saying so when it has been withdrawn.
  static func title(_ text: String, _ record: RecordID, state: Caseload) -> DocumentLine {
    guard let withdrawal = state.withdrawal(of: record) else { return DocumentLine(text) }
    return DocumentLine("\(text): WITHDRAWN (\(withdrawal.summary))", role: .warn)
  }

  static func discussion(_ d: CaseDiscussion, state: Caseload) -> [DocumentLine] {
    var lines = [DocumentLine(d.discussion, indent: 2, multiline: true)]
    if !d.decision.isEmpty {
      lines.append(DocumentLine("Decision: \(d.decision)", indent: 2, multiline: true))
    }
    for action in d.actions {
      let done = state.actionItem(action.id)?.stateText ?? "open"
      let owner = action.owner.name(in: state)
      lines.append(
        DocumentLine("Action: \(action.text) (\(owner), due \(action.due), \(done))", indent: 2))
    }
    return lines
  }

  static func addenda(_ record: RecordID, state: Caseload) -> [DocumentLine] {
    state.addenda(to: record).map { addendum in
      let withdrawn = state.withdrawn(addendum: addendum.id).map { " (WITHDRAWN: \($0.summary))" }
      return DocumentLine(
        "Addendum by \(addendum.authorship.author), \(addendum.authorship.recorded.utcDay)"
          + "\(withdrawn ?? ""): \(addendum.text)",
        role: withdrawn == nil ? .dim : .warn, indent: 2, multiline: true)
    }
  }
}
