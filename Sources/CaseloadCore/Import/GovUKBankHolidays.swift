import Foundation

extension BankHolidayList {
  /// The regions GOV.UK's bank-holidays.json lists.
  public static let regions = ["england-and-wales", "scotland", "northern-ireland"]

  /// Reads either our own list (`Data/bank-holidays.json`) or GOV.UK's `bank-holidays.json`
  /// exactly as downloaded (`{"england-and-wales": {"division": ..., "events": [{"title",
  /// "date", "notes", "bunting"}]}, ...}`), taking `region` from it (default England and Wales).
  public static func load(from path: String, region: String?) throws -> BankHolidayList {
    let file = path.split(separator: "/").last.map(String.init) ?? path
    return try decode(read(path), file: path, name: file, region: region)
  }

  /// Decodes either format; `file` names it in errors, `name` in the list's source.
  public static func decode(_ data: Data, file: String, name: String, region: String?) throws
    -> BankHolidayList
  {
    if let region, !regions.contains(region) {
      throw CaseloadError.refused(
        "--region '\(region)' is not one of \(regions.joined(separator: ", "))")
    }
    let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    guard let object, object["holidays"] == nil else {
      let list = try decode(data, file: file)
      if let region, region != list.region {
        throw CaseloadError.invalidStore(
          file: file, record: "region", problem: "holds \(list.region), not \(region)")
      }
      return list
    }
    let wanted = region ?? "england-and-wales"
    guard object[wanted] != nil else {
      let found = object.keys.sorted().prefix(5).joined(separator: ", ")
      throw CaseloadError.invalidStore(
        file: file, record: nil,
        problem:
          "is neither a caseload bank holiday list nor GOV.UK's bank-holidays.json with \(wanted) (it has \(found.isEmpty ? "nothing" : found))"
      )
    }
    struct Division: Decodable {
      struct Event: Decodable {
        var title: String
        var date: Day
      }
      var events: [Event]
    }
    let division: Division
    do {
      division =
        try JSONDecoder().decode([String: Division].self, from: data)[wanted]
        ?? Division(events: [])
    } catch let error as DecodingError {
      throw CaseloadError.invalidStore(
        file: file, record: wanted, problem: "is not as GOV.UK writes it (\(error.oneLine))")
    }
    let list = BankHolidayList(
      region: wanted, source: "GOV.UK bank-holidays.json (\(name))",
      holidays: division.events.map { Holiday(date: $0.date, name: $0.title) })
    try list.validate(file: file)
    return list
  }
}

extension DecodingError {
  /// "england-and-wales.events[3].date: '2026-13-01' is not a date" in one line.
  var oneLine: String {
    func path(_ keys: [any CodingKey]) -> String {
      keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        .trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }
    switch self {
    case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c):
      let detail =
        c.debugDescription.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
      return path(c.codingPath).isEmpty ? detail : "\(path(c.codingPath)): \(detail)"
    case .keyNotFound(let key, let c): return "\(path(c.codingPath + [key])): missing"
    @unknown default: return "not valid JSON"
    }
  }
}
