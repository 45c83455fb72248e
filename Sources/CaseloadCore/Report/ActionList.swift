import Foundation

/// Open actions as `caseload actions` lists them: id, due date, case, owner, text, and
/// where they came from, oldest due first, in text, CSV or JSON.
public struct ActionList: Sendable {
  public var date: Day
  public var items: [ActionItem]
  let caseload: Caseload

  public init(caseload: Caseload, items: [ActionItem], today: Day) {
    self.caseload = caseload
    self.items = items
    date = today
  }

  public func rendered(as format: TeamReport.Format) throws -> String {
    switch format {
    case .text: return text
    case .csv: return csv
    case .json: return try json
    }
  }

  func owner(_ item: ActionItem) -> String { item.action.owner.name(in: caseload) }

  /// ", carried forward in S2 (2026-11-02)" for each session that did.
  func carried(_ item: ActionItem) -> String {
    guard !item.carriedForward.isEmpty else { return "" }
    return ", carried forward in "
      + item.carriedForward.map { "\($0.session) (\($0.date))" }.joined(separator: ", ")
  }

  var text: String {
    guard !items.isEmpty else { return "No open actions.\n" }
    let overdue = items.count { $0.isOverdue(today: date) }
    var out = "\(items.count) open action\(items.count == 1 ? "" : "s"), \(overdue) overdue\n"
    for item in items {
      let late = item.isOverdue(today: date) ? " OVERDUE" : ""
      out +=
        "\(item.id)  due \(item.action.due)\(late)  \(item.case?.rawValue ?? "-")  \(owner(item))"
        + ": \(item.action.text) (set \(item.set) in \(item.source)\(carried(item)))\n"
    }
    return out
  }

  static let csvColumns = [
    "id", "due", "overdue", "case", "owner_id", "owner", "text", "set", "source", "owner_kind",
    "carried_forward",
  ]

  var csv: String {
    var out = Self.csvColumns.joined(separator: ",") + "\n"
    for item in items {
      let fields = [
        item.id.rawValue, item.action.due.description, item.isOverdue(today: date) ? "yes" : "no",
        item.case?.rawValue ?? "", item.action.owner.id, owner(item), item.action.text,
        item.set.description, item.source.rawValue, item.action.owner.kind,
        item.carriedForward.map(\.session.rawValue).joined(separator: " "),
      ]
      out += fields.map(TeamReport.csvField).joined(separator: ",") + "\n"
    }
    return out
  }

  struct JSONAction: Encodable {
    var id: String
    var due: Day
    var overdue: Bool
    var `case`: String?
    var ownerId: String
    /// "worker" or "manager".
    var ownerKind: String
    var owner: String
    var text: String
    var set: Day
    var source: String
    /// The sessions that carried it forward, oldest first.
    var carriedForward: [String]
  }

  var json: String {
    get throws {
      let rows = items.map {
        JSONAction(
          id: $0.id.rawValue, due: $0.action.due, overdue: $0.isOverdue(today: date),
          case: $0.case?.rawValue, ownerId: $0.action.owner.id, ownerKind: $0.action.owner.kind,
          owner: owner($0), text: $0.action.text, set: $0.set, source: $0.source.rawValue,
          carriedForward: $0.carriedForward.map(\.session.rawValue))
      }
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      struct Document: Encodable {
        var date: Day
        var actions: [JSONAction]
      }
      return String(
        decoding: try encoder.encode(Document(date: date, actions: rows)), as: UTF8.self
      ).jsonSafe + "\n"
    }
  }
}
