import ArgumentParser
import CaseloadCore

/// `caseload history CASE`: allocation history, notes and actions of a case.
struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "Show a case's allocation history, oversight notes, session entries and actions.")

  @OptionGroup var store: StoreOptions

  @Argument(help: ArgumentHelp("The case id.", valueName: "case"))
  var caseID: String

  func run() throws {
    let context = try Context.current()
    let state = try store.open(in: context, readOnly: true).caseload
    let id = Case.ID(rawValue: caseID)
    guard let child = state.case(id) else { throw Refusal("no case '\(caseID)'") }
    func name(_ worker: Worker.ID?) -> String {
      guard let worker else { return "unallocated" }
      return state.worker(worker)?.name ?? worker.rawValue
    }
    var out: [String] = []
    out.append("\(child.id) \(child.childName), born \(child.birthDate), \(child.category.label)")
    out.append(
      "opened \(child.opened)\(child.closed.map { ", closed \($0)" } ?? ""); worker: \(name(child.worker))"
    )
    out.append("")
    out.append("Allocation history")
    for allocation in state.history(of: id) {
      let period = "\(allocation.from) to \(allocation.to?.description ?? "now")"
      out.append(
        "  \(period)  \(name(allocation.worker))  (\(allocation.reason); by \(allocation.by))")
    }
    out.append("")
    out.append("Record: referral, visits, category, closure and transfers")
    let events = state.events(of: id)
    if events.isEmpty { out.append("  none recorded") }
    for event in events { out.append("  " + Self.line(event, state: state)) }

    struct Item {
      var when: Timestamp
      var lines: [String]
      var record: RecordID
    }
    var items: [Item] = []
    for note in state.notes(on: id) {
      items.append(
        Item(
          when: note.authorship.recorded,
          lines: [
            "Oversight note \(note.id) by \(note.authorship.author), \(note.authorship.recorded)"
          ]
            + discussionLines(note.note, state: state),
          record: note.id))
    }
    for session in state.sessions where session.entries.contains(where: { $0.case == id }) {
      for entry in session.entries where entry.case == id {
        items.append(
          Item(
            when: session.authorship.recorded,
            lines: [
              "Supervision \(session.id) with \(name(session.worker)) on \(session.date), "
                + "recorded by \(session.authorship.author)"
            ] + discussionLines(entry, state: state),
            record: session.id))
      }
    }
    out.append("")
    out.append("Notes and supervision, newest first")
    if items.isEmpty { out.append("  none recorded") }
    for item in items.sorted(by: { $0.when > $1.when }) {
      out += item.lines.map { "  " + $0 }
      for addendum in state.addenda(to: item.record) {
        out.append(
          "    Addendum \(addendum.id) by \(addendum.authorship.author), \(addendum.authorship.recorded): \(addendum.text)"
        )
      }
    }
    Output.block(out.joined(separator: "\n") + "\n")
  }

  /// `2026-11-20  visit, seen alone  (by pm.hughes, 2026-11-23T10:00:00Z)`.
  static func line(_ event: CaseEvent, state: Caseload) -> String {
    var what: String
    switch event.kind {
    case .added: what = "referral added"
    case .imported: what = "added by import"
    case .updated: what = "updated by import: \(event.detail ?? "")"
    case .visit: what = event.seenAlone == true ? "visit, child seen alone" : "visit"
    case .category:
      what = "category \(event.category?.from.label ?? "?") -> \(event.category?.to.label ?? "?")"
    case .closed: what = "closed"
    case .reopened: what = "reopened"
    case .transferred:
      func name(_ team: Team.ID??) -> String {
        guard let team = team ?? nil else { return "no team" }
        return state.team(team)?.name ?? team.rawValue
      }
      what = "transferred from \(name(event.team?.from)) to \(name(event.team?.to))"
    }
    if let reason = event.reason, event.kind != .updated, event.kind != .imported {
      what += ": \(reason)"
    }
    return "\(event.date)  \(what)  (by \(event.authorship.author), \(event.authorship.recorded))"
  }

  func discussionLines(_ d: CaseDiscussion, state: Caseload) -> [String] {
    var lines = ["  Discussion: \(d.discussion)"]
    if !d.decision.isEmpty { lines.append("  Decision: \(d.decision)") }
    for action in d.actions {
      let owner = action.owner.name(in: state)
      let done = state.actionItem(action.id)?.stateText ?? "open"
      lines.append("  Action \(action.id): \(action.text) (\(owner), due \(action.due), \(done))")
    }
    return lines
  }
}
