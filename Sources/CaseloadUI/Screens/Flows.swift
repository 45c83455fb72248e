import CaseloadCore

/// Starting the editing flows, shared by every screen that offers them. A key that starts
/// one is unavailable (with its reason) until there is something to act on, so these only
/// refuse what Core refuses.
enum Flows {
  static func reassign(
    _ cases: [Case.ID], _ context: ScreenContext, suggested: Worker.ID? = nil
  ) -> Outcome {
    guard !cases.isEmpty else { return .none }
    do {
      return .push(.reassign(try ReassignFlow(cases: cases, context, suggested: suggested)))
    } catch {
      return .error("\(error)")
    }
  }

  static func note(on caseID: Case.ID?, _ context: ScreenContext) -> Outcome {
    guard let caseID else { return .none }
    return .push(.editor(NoteEditor(.oversight(caseID), context)))
  }

  static func supervise(_ worker: Worker.ID?, _ context: ScreenContext) -> Outcome {
    guard let worker else { return .none }
    return .push(.session(SessionEditor(worker, context)))
  }

  static func addendum(to record: RecordID?, _ context: ScreenContext) -> Outcome {
    guard let record else { return .none }
    return .push(.editor(NoteEditor(.addendum(record), context)))
  }

  /// Marks an action done today, as the person at the keyboard.
  static func markDone(_ action: RecordID, _ context: ScreenContext) -> Outcome {
    .commit(
      .completeAction(
        ActionDone(action: action, done: context.today, authorship: context.app.authorship())))
  }

  /// Opens a record form, or the menu of them, for what is chosen on a screen.
  static func record(
    _ intent: KeyIntent, team: Team.ID, worker: Worker.ID?, case child: Case.ID?,
    _ context: ScreenContext
  ) -> Outcome {
    let kind: FormKind?
    switch intent {
    case .records:
      return .push(.records(RecordMenu(team: team, worker: worker, case: child)))
    case .newTeam: kind = .newTeam
    case .newWorker: kind = .newWorker(team)
    case .newCase: kind = .newCase(team)
    case .workerDetails: kind = worker.map(FormKind.workerDetails)
    case .absence: kind = worker.map(FormKind.absence)
    case .visit: kind = child.map(FormKind.visit)
    case .category: kind = child.map(FormKind.category)
    case .closeCase: kind = child.map(FormKind.closure)
    case .transfer: kind = child.map(FormKind.transfer)
    default: kind = nil
    }
    return kind.map { .push(.form(FormScreen($0, context))) } ?? .none
  }

  static func handover(_ worker: Worker.ID?, _ context: ScreenContext) -> Outcome {
    guard let worker else { return .none }
    do {
      return .push(.handover(try HandoverScreen(leaver: worker, context)))
    } catch {
      return .error("\(error)")
    }
  }
}

/// The order cases are listed in: overdue first, then by when the next thing falls due.
enum CaseOrdering {
  static func pressingFirst(_ cases: [Case], rules: Rules) -> [Case] {
    let keyed = cases.map { child -> (Case, Bool, Day, String) in
      let due = rules.visitDue(child) ?? rules.assessmentDue(child)
      return (
        child, due?.overdue ?? false, due?.date ?? Day(ordinal: Int.max / 2), child.id.rawValue
      )
    }
    return keyed.sorted { a, b in
      if a.1 != b.1 { return a.1 }
      if a.2 != b.2 { return a.2 < b.2 }
      return a.3 < b.3
    }.map(\.0)
  }
}
