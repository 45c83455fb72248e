import CaseloadCore

/// One child: details, siblings, allocation history, notes and session entries newest first,
/// open actions. j/k choose a record, for an addendum.
public struct CaseDetail: ScreenModel {
  public let caseID: Case.ID
  /// Index into the records (notes and session entries), newest first.
  public var record = 0

  public init(_ caseID: Case.ID) { self.caseID = caseID }

  public var title: String { "Case \(caseID)" }

  public func bindings(_ app: AppState) -> [KeyBinding] {
    Keymap.move + [Keymap.reassign, Keymap.note, Keymap.addendum, Keymap.back]
  }

  /// One line of the detail view; record lines can be chosen.
  struct Line {
    var text: String
    var role: StyleRole = .normal
    var record: RecordID?
    var indent = 0
  }

  public mutating func perform(_ command: Command, app: inout AppState) -> Outcome {
    let records = Self.lines(for: caseID, app: app).compactMap(\.record)
    switch command {
    case .up, .down, .pageUp, .pageDown, .top, .bottom:
      let step = listStep(command, page: 5)
      record = max(0, min(records.count - 1, record + step))
      return .stay
    case .reassign:
      return Flows.reassign([caseID], app: &app)
    case .note:
      return Flows.note(on: caseID, app: &app)
    case .addendum:
      return Flows.addendum(to: records.indices.contains(record) ? records[record] : nil, app: &app)
    case .back:
      return .closed
    default:
      return .stay
    }
  }

  public mutating func committed(_ entry: JournalEntry, app: inout AppState) -> Outcome { .stay }

  static func lines(for caseID: Case.ID, app: AppState) -> [Line] {
    let state = app.caseload
    guard let child = state.case(caseID) else {
      return [Line(text: "This case is no longer in the store.", role: .warn)]
    }
    let rules = app.rules
    func name(_ id: Worker.ID?) -> String {
      guard let id else { return "unallocated" }
      return state.worker(id)?.name ?? id.rawValue
    }
    var lines: [Line] = []
    let age = child.birthDate.days(until: app.context.today) / 365
    lines.append(
      Line(
        text: "\(child.childName), \(age), born \(child.birthDate)  \(child.category.label)",
        role: .highlight))
    let due = rules.visitDue(child) ?? rules.assessmentDue(child)
    let workers = rules.socialWorkers(of: caseID)
    lines.append(Line(text: "Worker: \(name(child.worker))   Opened \(child.opened)"))
    // Visit dates on a line of their own, so the due date is never wrapped away at 80 columns.
    lines.append(
      Line(
        text: "Last visit \(child.lastVisit?.description ?? "none")"
          + (due.map { "   Due \($0.date)\($0.overdue ? " OVERDUE" : "")" } ?? ""),
        role: due?.overdue == true ? .over : .normal))
    lines.append(
      Line(
        text: "Social workers in 12 months: \(workers.count)",
        role: workers.count >= state.settings.workerCountWarnAt ? .warn : .normal))
    if let family = child.family {
      let siblings = state.cases.values.filter { $0.family == family && $0.id != caseID }
      if !siblings.isEmpty {
        lines.append(
          Line(
            text: "Siblings: "
              + siblings.map { "\($0.childName) (\($0.id), \(name($0.worker)))" }.joined(
                separator: "; ")))
      }
    }
    lines.append(Line(text: "Allocation history", role: .header))
    for allocation in state.history(of: caseID).reversed() {
      lines.append(
        Line(
          text:
            "\(allocation.from) to \(allocation.to?.description ?? "now")  \(name(allocation.worker))"
            + "  (\(allocation.reason); by \(allocation.by))", indent: 1))
    }
    lines.append(Line(text: "Oversight and supervision, newest first", role: .header))
    var records: [(Timestamp, [Line])] = []
    for note in state.notes(on: caseID) {
      records.append(
        (
          note.authorship.recorded,
          [
            Line(
              text:
                "Oversight note by \(note.authorship.author), \(note.authorship.recorded.utcDay)",
              record: note.id)
          ]
            + discussion(note.note, state: state)
            + addenda(note.id, state: state)
        ))
    }
    for session in state.sessions {
      for entry in session.entries where entry.case == caseID {
        records.append(
          (
            session.authorship.recorded,
            [
              Line(
                text: "Supervision with \(name(session.worker)), \(session.date)",
                record: session.id)
            ]
              + discussion(entry, state: state)
              + addenda(session.id, state: state)
          ))
      }
    }
    if records.isEmpty { lines.append(Line(text: "None recorded.", role: .dim, indent: 1)) }
    for (_, block) in records.sorted(by: { $0.0 > $1.0 }) { lines += block }
    return lines
  }

  static func discussion(_ d: CaseDiscussion, state: Caseload) -> [Line] {
    var lines = [Line(text: d.discussion, indent: 2)]
    if !d.decision.isEmpty { lines.append(Line(text: "Decision: \(d.decision)", indent: 2)) }
    for action in d.actions {
      let done = state.actionsDone[action.id].map { "done \($0.done)" } ?? "open"
      let owner = state.worker(action.owner)?.name ?? action.owner.rawValue
      lines.append(
        Line(text: "Action: \(action.text) (\(owner), due \(action.due), \(done))", indent: 2))
    }
    return lines
  }

  static func addenda(_ record: RecordID, state: Caseload) -> [Line] {
    state.addenda(to: record).map {
      Line(
        text: "Addendum by \($0.authorship.author), \($0.authorship.recorded.utcDay): \($0.text)",
        role: .dim, indent: 2)
    }
  }

  public func render(_ app: AppState, into canvas: inout Canvas, rect: Rect) {
    // Wrap every line to the width, remembering where the chosen record starts.
    var rows: [(String, StyleRole, Bool)] = []
    var chosenRow = 0
    var recordIndex = 0
    for line in Self.lines(for: caseID, app: app) {
      let indent = String(repeating: "  ", count: line.indent)
      let isChosen = line.record != nil && recordIndex == record
      if line.record != nil {
        if isChosen { chosenRow = rows.count }
        recordIndex += 1
      }
      for (index, part) in wordWrap(line.text, width: max(1, rect.width - indent.count - 2))
        .enumerated()
      {
        let lead = index == 0 && line.record != nil ? (isChosen ? "> " : "  ") : "  "
        rows.append((lead + indent + part, line.role, isChosen && index == 0))
      }
    }
    // Scroll only when the chosen record's first lines would fall below the screen, so the
    // child's details stay in view for the newest records.
    let first = min(max(0, chosenRow + 4 - rect.height), max(0, rows.count - rect.height))
    for (offset, row) in rows.dropFirst(first).prefix(rect.height).enumerated() {
      let y = rect.y + offset
      if row.1 == .header {
        canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .header)
      }
      canvas.put(row.0, x: rect.x, y: y, role: row.2 ? .selected : row.1, width: rect.width)
      if row.2 {
        canvas.styleRow(y: y, role: .selected, from: rect.x, width: rect.width)
        canvas.cursor = (rect.x, y)
      }
    }
  }
}
