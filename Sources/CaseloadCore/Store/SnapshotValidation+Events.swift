import Foundation

extension SnapshotValidation {
  /// Case events: each about a case that exists, naming teams that exist, carrying what its
  /// kind needs (a category change its categories, a transfer its teams) and nothing it cannot.
  mutating func checkEvents(_ s: some SnapshotContents, teams: Set<String>, cases: Set<String>) {
    reportDecoding(s.caseEvents)
    for (index, record) in s.caseEvents.enumerated() {
      guard let event = record.value else { continue }
      let here = label(.caseEvents, index, record.id)
      if !cases.contains(event.case.rawValue) {
        report(here, "case '\(event.case)' does not exist")
      }
      if event.authorship.author.isEmpty { report(here, "has no author") }
      for team in [event.team?.from, event.team?.to].compactMap({ $0 ?? nil })
      where !teams.contains(team.rawValue) {
        report(here, "team '\(team)' does not exist")
      }
      switch event.kind {
      case .category:
        guard let category = event.category else {
          report(here, "a category event has no \"category\" change")
          break
        }
        if category.from == category.to {
          report(here, "the category changes from \(category.from.rawValue) to itself")
        }
      case .transferred:
        if event.team?.to == nil { report(here, "a transfer has no team it went to") }
      default: break
      }
      if event.kind != .category, event.kind != .updated, event.category != nil {
        report(here, "a \(event.kind.rawValue) event cannot change the category")
      }
      if event.kind != .transferred, event.team != nil {
        report(here, "a \(event.kind.rawValue) event cannot change the team")
      }
      if event.kind != .visit, event.seenAlone != nil {
        report(here, "only a visit says whether the child was seen alone")
      }
      if let reason = event.reason, reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
        report(here, "has an empty reason")
      }
    }
  }
}
