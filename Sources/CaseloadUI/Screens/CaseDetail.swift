import CaseloadCore

/// One child: details, siblings, allocation history, notes and session entries newest first,
/// open actions. j/k choose a record, for an addendum.
public struct CaseDetail: ScreenModel {
  public let caseID: Case.ID
  /// Index into the records (notes and session entries), newest first.
  public var record = 0

  public init(_ caseID: Case.ID) { self.caseID = caseID }

  public var title: String { "Case \(caseID)" }

  public func bindings(_ context: ScreenContext) -> [KeyBinding] {
    let open = context.caseload.case(caseID)?.isOpen == true
    let records = Self.lines(for: caseID, context).contains { $0.record != nil }
    return Keymap.move + [
      Keymap.reassign.when(open, else: "This case is closed."),
      Keymap.note.when(
        context.caseload.case(caseID) != nil, else: "This case is no longer in the store."),
      Keymap.addendum.when(
        records, else: "There is no note or session on this case to add to yet."),
      Keymap.back,
    ]
  }

  /// One line of the detail view; record lines can be chosen.
  struct Line {
    var text: String
    var role: StyleRole = .normal
    var record: RecordID?
    var indent = 0
  }

  public mutating func perform(_ intent: KeyIntent, _ context: ScreenContext) -> Outcome {
    if intent.isListMovement {
      record = Self.record(
        after: intent, from: record, rows: rows(context, width: context.body.width),
        visibleRows: context.body.height)
      return .none
    }
    switch intent {
    case .reassign:
      return Flows.reassign([caseID], context)
    case .note:
      return Flows.note(on: caseID, context)
    case .addendum:
      let records = Self.lines(for: caseID, context).compactMap(\.record)
      return Flows.addendum(to: records.indices.contains(record) ? records[record] : nil, context)
    case .back:
      return .pop
    default:
      return .none
    }
  }

  public mutating func committed(_ entry: JournalEntry, _ context: ScreenContext) -> Outcome {
    .none
  }

  public mutating func refresh(_ context: ScreenContext) {
    let count = Self.lines(for: caseID, context).count { $0.record != nil }
    record = max(0, min(record, count - 1))
  }

  /// The chosen record after a movement: j/k go one record, a page goes as far as the rows
  /// really on screen, Home and End to the newest and the oldest.
  static func record(after intent: KeyIntent, from record: Int, rows: [Row], visibleRows: Int)
    -> Int
  {
    let starts = rows.indices.filter { rows[$0].startsRecord }
    guard !starts.isEmpty else { return 0 }
    let current = min(max(0, record), starts.count - 1)
    switch intent {
    case .up: return max(0, current - 1)
    case .down: return min(starts.count - 1, current + 1)
    case .top: return 0
    case .bottom: return starts.count - 1
    case .pageDown:
      let target = starts[current] + max(1, visibleRows - 1)
      return starts.lastIndex { $0 <= target }.map { max($0, min(starts.count - 1, current + 1)) }
        ?? current
    case .pageUp:
      let target = starts[current] - max(1, visibleRows - 1)
      return starts.firstIndex { $0 >= target }.map { min($0, max(0, current - 1)) } ?? 0
    default: return current
    }
  }

  static func lines(for caseID: Case.ID, _ context: ScreenContext) -> [Line] {
    let state = context.caseload
    guard let child = state.case(caseID) else {
      return [Line(text: "This case is no longer in the store.", role: .warn)]
    }
    let rules = context.rules
    func name(_ id: Worker.ID?) -> String {
      guard let id else { return "unallocated" }
      return state.worker(id)?.name ?? id.rawValue
    }
    var lines: [Line] = []
    let age = child.birthDate.days(until: context.today) / 365
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

  /// One wrapped row of the detail view.
  struct Row {
    var text: String
    var role: StyleRole
    /// The index of the record this row begins, if it is a record's first row.
    var record: Int?
    var startsRecord: Bool { record != nil }
  }

  /// Every line wrapped to the width, each record's first row knowing its index: the rows the
  /// screen draws and pages through.
  func rows(_ context: ScreenContext, width: Int) -> [Row] {
    var rows: [Row] = []
    var recordIndex = 0
    for line in Self.lines(for: caseID, context) {
      let indent = String(repeating: "  ", count: line.indent)
      let parts = wordWrap(line.text, width: max(1, width - indent.count - 2))
      for (index, part) in parts.enumerated() {
        let starts = index == 0 && line.record != nil
        let lead = starts ? (recordIndex == record ? "> " : "  ") : "  "
        rows.append(
          Row(text: lead + indent + part, role: line.role, record: starts ? recordIndex : nil))
      }
      if line.record != nil { recordIndex += 1 }
    }
    return rows
  }

  public func render(_ context: ScreenContext, into canvas: inout Canvas, rect: Rect) {
    let rows = rows(context, width: rect.width)
    let chosenRow = rows.firstIndex { $0.record == record } ?? 0
    // Scroll only when the chosen record's first lines would fall below the screen, so the
    // child's details stay in view for the newest records.
    let first = min(max(0, chosenRow + 4 - rect.height), max(0, rows.count - rect.height))
    for (offset, row) in rows.dropFirst(first).prefix(rect.height).enumerated() {
      let y = rect.y + offset
      let chosen = row.record == record
      if row.role == .header {
        canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .header)
      }
      canvas.put(row.text, x: rect.x, y: y, role: chosen ? .selected : row.role, width: rect.width)
      if chosen {
        canvas.styleRow(y: y, role: .selected, from: rect.x, width: rect.width)
        canvas.cursor = (rect.x, y)
      }
    }
  }
}
