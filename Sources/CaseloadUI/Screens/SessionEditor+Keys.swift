import CaseloadCore

extension SessionEditor {
  /// Every place Tab stops, in order through the pages.
  enum Stop: Hashable {
    case general(GeneralField)
    case reviewList, reviewText, childList
    case child(Case.ID, DiscussionFields.Field)
  }

  var stops: [Stop] {
    var stops: [Stop] = [.general(.date), .general(.attendees), .general(.discussion), .reviewList]
    if let index = selectedReview, reviews[index].choice != .carried { stops.append(.reviewText) }
    stops.append(.childList)
    for id in chosen { stops += DiscussionFields.Field.allCases.map { Stop.child(id, $0) } }
    return stops
  }

  var stop: Stop {
    switch page {
    case .general: return .general(generalField)
    case .reviews: return onReviewText ? .reviewText : .reviewList
    case .children: return .childList
    case .child(let id): return .child(id, entries[id]?.field ?? .discussion)
    }
  }

  mutating func go(to stop: Stop) {
    switch stop {
    case .general(let field):
      page = .general
      generalField = field
    case .reviewList, .reviewText:
      page = .reviews
      onReviewText = stop == .reviewText
    case .childList:
      page = .children
    case .child(let id, let field):
      page = .child(id)
      entries[id]?.field = field
    }
  }

  public func bindings(_ context: ScreenContext) -> [KeyBinding] {
    var keys = [
      Keymap.save,
      KeyBinding([.tab], "Tab", "next field", .nextField),
      KeyBinding([.backTab], "S-Tab", "previous", .previousField, footer: false),
      KeyBinding([.pageDown], "PgDn", "next page", .pageDown, help: "next page"),
      KeyBinding([.pageUp], "PgUp", "previous page", .pageUp, footer: false),
    ]
    switch stop {
    case .reviewList:
      keys += [
        KeyBinding([.up], "Up", "up", .up, footer: false, help: "previous action"),
        KeyBinding([.down], "Up/Down", "move", .down, help: "next action"),
        KeyBinding([.right, .char(" ")], "Left/Right", "done/close", .nextChoice),
        KeyBinding([.left], "Left", "previous choice", .previousChoice, footer: false),
      ]
    case .childList:
      keys += [
        KeyBinding([.up], "Up", "up", .up, footer: false, help: "previous child"),
        KeyBinding([.down], "Up/Down", "move", .down, help: "next child"),
        KeyBinding([.char(" ")], "Space", "tick", .mark, help: "tick or untick the child"),
        KeyBinding([.enter], "Enter", "write", .open, help: "write about the child"),
      ]
    case .child(_, let field):
      keys += NoteEditor.actionKeys(field)
    case .general, .reviewText:
      break
    }
    keys += [Keymap.cancel, KeyBinding([.function(1)], "F1", "help", .help)]
    return keys
  }

  public mutating func input(_ key: Key, _ context: ScreenContext) -> Bool {
    let layout = Layout(body: context.body)
    switch stop {
    case .general(.date):
      return ![.enter, .up, .down].contains(key) && date.handle(key)
    case .general(.attendees):
      return ![.enter, .up, .down].contains(key) && attendees.handle(key)
    case .general(.discussion):
      guard key != .pageUp, key != .pageDown else { return false }
      discussion.resize(width: layout.editor.width, height: layout.editor.height)
      return discussion.handle(key)
    case .reviewText:
      guard let index = selectedReview, ![.enter, .up, .down].contains(key) else { return false }
      return reviews[index].text.handle(key)
    case .child(let id, _):
      guard key != .pageUp, key != .pageDown else { return false }
      return entries[id]?.input(key, layout: layout.child(of: context.body)) ?? false
    case .reviewList, .childList:
      return false
    }
  }

  public mutating func perform(_ intent: KeyIntent, _ context: ScreenContext) -> Outcome {
    switch intent {
    case .nextField, .previousField:
      let all = stops
      let index = all.firstIndex(of: stop) ?? 0
      go(to: all[(index + (intent == .nextField ? 1 : all.count - 1)) % all.count])
      return .none
    case .pageDown, .pageUp:
      let all = pages
      let index = all.firstIndex(of: page) ?? 0
      let next = all[(index + (intent == .pageDown ? 1 : all.count - 1)) % all.count]
      go(to: stops.first { Self.page(of: $0) == next } ?? .general(.date))
      return .none
    case .up, .down:
      let layout = Layout(body: context.body)
      if stop == .reviewList {
        reviewPosition.move(intent, rowCount: reviews.count, visibleRows: layout.reviewRows)
      } else if stop == .childList {
        childPosition.move(intent, rowCount: candidates.count, visibleRows: layout.childRows)
      }
      return .none
    case .nextChoice, .previousChoice:
      let step = intent == .nextChoice ? 1 : -1
      if stop == .reviewList, let index = selectedReview {
        let all = Review.Choice.allCases
        let at = all.firstIndex(of: reviews[index].choice) ?? 0
        reviews[index].choice = all[((at + step) % all.count + all.count) % all.count]
      } else if case .child(let id, _) = stop {
        entries[id]?.cycleOwner(by: step)
      }
      return .none
    case .mark:
      guard let index = childPosition.selected, candidates.indices.contains(index) else {
        return .none
      }
      let id = candidates[index]
      if chosen.contains(id) { unchoose(id) } else { choose(id, context) }
      return .none
    case .open:
      guard let index = childPosition.selected, candidates.indices.contains(index) else {
        return .none
      }
      choose(candidates[index], context)
      go(to: .child(candidates[index], .discussion))
      return .none
    case .addAction:
      guard case .child(let id, _) = stop else { return .none }
      return entries[id]?.addAction(today: context.today, saves: "the session") ?? .none
    case .cancel, .back:
      guard hasUnsavedEdit else { return .pop }
      return .askToDiscard("supervision record")
    case .save:
      do {
        return .commit(try change(context))
      } catch {
        return .refusal(error)
      }
    default:
      return .none
    }
  }

  static func page(of stop: Stop) -> Page {
    switch stop {
    case .general: return .general
    case .reviewList, .reviewText: return .reviews
    case .childList: return .children
    case .child(let id, _): return .child(id)
    }
  }

  /// The session to save, or a refusal naming what is missing.
  func change(_ context: ScreenContext) throws -> Change {
    let day: Day
    do {
      day = try RecordField.day(date.text)
    } catch {
      throw CaseloadError.refused("The session's date: \(error.message)")
    }
    guard day <= context.today else {
      throw CaseloadError.refused(
        "The session's date cannot be in the future (today is \(context.today)).")
    }
    let text = discussion.text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !text.isEmpty else {
      throw CaseloadError.refused(
        "Nothing to save yet: write the discussion of wellbeing, workload and development.")
    }
    let present = attendees.text.split(separator: ",")
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    let decided = try reviews.compactMap { review -> ActionReview? in
      let words = review.text.text.trimmingCharacters(in: .whitespaces)
      switch review.choice {
      case .carried: return ActionReview(action: review.item.id, outcome: .carriedForward)
      case .done:
        return ActionReview(
          action: review.item.id, outcome: .done(note: words.isEmpty ? nil : words))
      case .closed:
        guard !words.isEmpty else {
          throw CaseloadError.refused(
            "Closing '\(review.item.action.text)' needs a reason: why is it no longer needed?")
        }
        return ActionReview(action: review.item.id, outcome: .closed(reason: words))
      }
    }
    let written = try chosen.compactMap { id -> CaseDiscussion? in
      try entries[id]?.saved(case: id, today: context.today) { context.app.newRecordID("A") }
    }
    return .recordSession(
      SupervisionSession(
        id: context.app.newRecordID("S"), worker: worker, date: day, attendees: present,
        discussion: text, entries: written, authorship: context.app.authorship(),
        recordedOn: context.today, reviews: decided))
  }
}
