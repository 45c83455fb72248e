import CaseloadCore

/// One supervision session read whole: who was there, the general discussion, each child
/// discussed with the decision and actions (and where each action stands), and addenda.
public struct SessionRecord: ScreenModel {
  public let session: RecordID
  /// The first row in view.
  public var first = 0

  public init(_ session: RecordID) { self.session = session }

  public var title: String { "Session" }

  public func bindings(_ context: ScreenContext) -> [KeyBinding] {
    Keymap.move + [Keymap.addendum, Keymap.back]
  }

  func lines(_ context: ScreenContext) -> [DocumentLine] {
    let state = context.caseload
    guard let record = state.session(session) else {
      return [DocumentLine("This record is no longer in the store.", role: .warn)]
    }
    let worker = state.worker(record.worker)?.name ?? record.worker.rawValue
    var lines = [
      CaseDetail.title("Supervision with \(worker), \(record.date)", record.id, state: state),
      DocumentLine(
        "Recorded by \(record.authorship.author) at \(record.authorship.recorded.shortText)"
          + "; present: \(record.attendees.joined(separator: ", "))", role: .dim),
      .heading("Wellbeing, workload, development"),
      DocumentLine(record.discussion, indent: 1, multiline: true),
    ]
    for entry in record.entries {
      let child = state.case(entry.case)?.childName ?? ""
      lines.append(.heading("\(entry.case) \(child)"))
      lines += CaseDetail.discussion(entry, state: state).map { line in
        var line = line
        line.indent = 1
        return line
      }
    }
    if !record.reviews.isEmpty {
      lines.append(.heading("Open actions gone through"))
      for review in record.reviews {
        let action = state.actionItem(review.action)
        let what: String
        switch review.outcome {
        case .carriedForward: what = "carried forward"
        case .done(let note): what = "done" + (note.map { ": \($0)" } ?? "")
        case .closed(let reason): what = "closed as no longer needed: \(reason)"
        }
        lines.append(
          DocumentLine(
            "\(action?.action.text ?? review.action.rawValue) (\(action?.case?.rawValue ?? "-")): \(what)",
            indent: 1))
      }
    }
    let addenda = CaseDetail.addenda(record.id, state: state)
    if !addenda.isEmpty {
      lines.append(.heading("Addenda"))
      lines += addenda
    }
    return lines
  }

  public mutating func perform(_ intent: KeyIntent, _ context: ScreenContext) -> Outcome {
    if intent.isListMovement {
      let document = Document(lines(context), width: context.body.width)
      first = document.scroll(intent, from: first, visibleRows: context.body.height)
      return .none
    }
    switch intent {
    case .addendum: return Flows.addendum(to: session, context)
    case .back: return .pop
    default: return .none
    }
  }

  public mutating func committed(_ entry: JournalEntry, _ context: ScreenContext) -> Outcome {
    .none
  }

  public func render(_ context: ScreenContext, into canvas: inout Canvas, rect: Rect) {
    Document(lines(context), width: rect.width).render(into: &canvas, rect: rect, first: first)
  }
}
