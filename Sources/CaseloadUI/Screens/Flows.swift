import CaseloadCore

/// Starting the editing flows, shared by every screen that offers them.
enum Flows {
  static func reassign(_ cases: [Case.ID], app: inout AppState) -> Outcome {
    if app.refuseIfReadOnly("reassigning") { return .stay }
    guard !cases.isEmpty else {
      app.say(.info, "Choose a case first: Tab to the cases, then r (Space marks several).")
      return .stay
    }
    do {
      return .opening(try ReassignFlow(cases: cases, app: app))
    } catch {
      app.say(.error, "\(error)")
      return .stay
    }
  }

  static func note(on caseID: Case.ID?, app: inout AppState) -> Outcome {
    if app.refuseIfReadOnly("writing a note") { return .stay }
    guard let caseID else {
      app.say(.info, "Choose a case first: Tab to the cases, then n.")
      return .stay
    }
    return .opening(NoteEditor(.oversight(caseID), app: app))
  }

  static func supervise(_ worker: Worker.ID?, app: inout AppState) -> Outcome {
    if app.refuseIfReadOnly("recording supervision") { return .stay }
    guard let worker else { return .stay }
    return .opening(NoteEditor(.session(worker), app: app))
  }

  static func addendum(to record: RecordID?, app: inout AppState) -> Outcome {
    if app.refuseIfReadOnly("adding an addendum") { return .stay }
    guard let record else {
      app.say(.info, "Choose a note or session first (j/k), then a.")
      return .stay
    }
    return .opening(NoteEditor(.addendum(record), app: app))
  }

  static func handover(_ worker: Worker.ID?, app: inout AppState) -> Outcome {
    if app.refuseIfReadOnly("a handover") { return .stay }
    guard let worker else { return .stay }
    do {
      return .opening(try HandoverScreen(leaver: worker, app: app))
    } catch {
      app.say(.error, "\(error)")
      return .stay
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
