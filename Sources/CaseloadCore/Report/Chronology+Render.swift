import Foundation

extension Chronology {
  /// The chronology as `caseload history` prints it, in text, CSV or JSON.
  public func rendered(as format: TeamReport.Format, in caseload: Caseload) throws -> String {
    switch format {
    case .text: return text(in: caseload)
    case .csv: return csv
    case .json: return try json(in: caseload)
    }
  }

  func workerName(_ id: Worker.ID?, in caseload: Caseload) -> String {
    guard let id else { return "unallocated" }
    return caseload.worker(id)?.name ?? id.rawValue
  }

  // MARK: Text

  /// The child's details, then one line per entry (`DATE  WHAT  (by WHO, WHEN)`) with any
  /// discussion indented under it.
  func text(in caseload: Caseload) -> String {
    var out: [String] = []
    out.append("\(child.id) \(child.childName), born \(child.birthDate), \(child.category.label)")
    out.append(
      "opened \(child.opened)\(child.closed.map { ", closed \($0)" } ?? "")"
        + "; worker: \(workerName(child.worker, in: caseload))")
    out.append("")
    out.append("Chronology, oldest first")
    if entries.isEmpty { out.append("  none recorded") }
    let indent = String(repeating: " ", count: 14)
    for entry in entries {
      let withdrawn = entry.withdrawn.map { " [WITHDRAWN: \($0.summary)]" } ?? ""
      let when = entry.recorded.map { ", \($0)" } ?? ""
      out.append("\(entry.date)  \(entry.summary)\(withdrawn)  (by \(entry.by)\(when))")
      for detail in entry.details {
        out += detail.split(separator: "\n", omittingEmptySubsequences: false).map {
          indent + $0
        }
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  // MARK: CSV

  static let csvColumns = [
    "case", "date", "recorded", "kind", "by", "summary", "details", "record", "withdrawn_by",
    "withdrawn_on",
  ]

  /// One row per entry; a note's discussion and decision share the `details` column, joined
  /// with ` | `.
  var csv: String {
    var out = Self.csvColumns.joined(separator: ",") + "\n"
    for entry in entries {
      let fields = [
        child.id.rawValue, entry.date.description, entry.recorded?.description ?? "",
        entry.kind.rawValue, entry.by, entry.summary,
        entry.details.map { $0.replacingOccurrences(of: "\n", with: " ") }
          .joined(separator: " | "),
        entry.record?.rawValue ?? "", entry.withdrawn?.by ?? "",
        entry.withdrawn?.on.description ?? "",
      ]
      out += fields.map(TeamReport.csvField).joined(separator: ",") + "\n"
    }
    return out
  }

  // MARK: JSON

  struct JSONDocument: Encodable {
    var `case`: String
    var child: String
    var born: Day
    var category: String
    var opened: Day
    var closed: Day?
    var worker: String?
    var entries: [JSONEntry]
  }

  struct JSONEntry: Encodable {
    var date: Day
    var recorded: Timestamp?
    var kind: String
    var by: String
    var summary: String
    var details: [String]
    var record: String?
    var withdrawn: JSONWithdrawal?
  }

  struct JSONWithdrawal: Encodable {
    var by: String
    var on: Day
    var addendum: String
  }

  func json(in caseload: Caseload) throws -> String {
    let document = JSONDocument(
      case: child.id.rawValue, child: child.childName, born: child.birthDate,
      category: child.category.rawValue, opened: child.opened, closed: child.closed,
      worker: child.worker?.rawValue,
      entries: entries.map { entry in
        JSONEntry(
          date: entry.date, recorded: entry.recorded, kind: entry.kind.rawValue, by: entry.by,
          summary: entry.summary, details: entry.details, record: entry.record?.rawValue,
          withdrawn: entry.withdrawn.map {
            JSONWithdrawal(by: $0.by, on: $0.on, addendum: $0.addendum.rawValue)
          })
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(document), as: UTF8.self).jsonSafe + "\n"
  }
}
