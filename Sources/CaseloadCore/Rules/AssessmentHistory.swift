/// One assessment of a child, from the day the case became an assessment to its completion.
public struct AssessmentEpisode: Hashable, Sendable {
  public var started: Day
  /// The day it had to be completed by (45 working days after `started` by default).
  public var due: Day
  /// When the category changed from assessment or the case closed; nil while it is open.
  public var completed: Day?

  public init(started: Day, due: Day, completed: Day?) {
    self.started = started
    self.due = due
    self.completed = completed
  }

  /// Completed on or before its due date.
  public var completedInTime: Bool { completed.map { $0 <= due } ?? false }
}

extension Rules {
  /// The child's assessments as far as its recorded events tell: one starts on the opened date
  /// when the case began as an assessment (its first category change says what it began as),
  /// or when its category changed to assessment; it is completed when the category changed
  /// from assessment (a change by an import counts) or the case closed while one. A case with
  /// no recorded events gives only its current open assessment, if it is one.
  public func assessments(of child: Case) -> [AssessmentEpisode] {
    guard let interval = visitInterval(for: .assessment) else { return [] }
    let events = caseload.events(of: child.id)
    func episode(_ started: Day, _ completed: Day?) -> AssessmentEpisode {
      AssessmentEpisode(
        started: started, due: calendar.date(interval, after: started), completed: completed)
    }
    var category = events.lazy.compactMap(\.category).first?.from ?? child.category
    var started: Day? = category == .assessment ? child.opened : nil
    var episodes: [AssessmentEpisode] = []
    for event in events {
      switch event.kind {
      case .category, .updated:
        guard let change = event.category, change.from != change.to else { continue }
        if change.from == .assessment, let start = started {
          episodes.append(episode(start, event.date))
          started = nil
        }
        if change.to == .assessment { started = event.date }
        category = change.to
      case .closed:
        if category == .assessment, let start = started {
          episodes.append(episode(start, event.date))
          started = nil
        }
      case .reopened:
        if category == .assessment { started = event.date }
      case .added, .imported, .visit, .transferred:
        continue
      }
    }
    if let start = started, child.isOpen, child.category == .assessment {
      episodes.append(episode(start, nil))
    }
    return episodes
  }
}
