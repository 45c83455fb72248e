extension Change {
  /// One line saying what the change did, for audit listings.
  public var summary: String {
    switch self {
    case .reassign(let r):
      let moves = r.moves.map {
        "\($0.case) \($0.from?.rawValue ?? "unallocated")->\($0.to?.rawValue ?? "unallocated")"
      }
      return "reassign \(moves.joined(separator: ", ")): \(r.reason)"
    case .recordNote(let note): return "note \(note.id) on \(note.caseID)"
    case .recordSession(let session):
      return
        "session \(session.id) with \(session.worker) on \(session.date) (\(session.entries.count) cases)"
    case .addAddendum(let addendum): return "addendum \(addendum.id) to \(addendum.target)"
    case .completeAction(let done): return "action \(done.action) done \(done.done)"
    case .recordVisit(let caseID, let day): return "visit to \(caseID) on \(day)"
    case .undo(let sequence, let inverse): return "undo of #\(sequence): \(inverse.summary)"
    }
  }
}
