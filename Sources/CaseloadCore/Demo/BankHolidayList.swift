import Foundation
import SystemPackage

/// The bank holidays file in `Data/`, whose days working-day timescales skip (SPEC 1.3).
public struct BankHolidayList: Codable, Hashable, Sendable {
  /// One listed holiday.
  public struct Holiday: Codable, Hashable, Sendable {
    public var date: Day
    public var name: String

    public init(date: Day, name: String) {
      self.date = date
      self.name = name
    }
  }

  public var region: String
  public var source: String
  public var holidays: [Holiday]

  public init(region: String, source: String, holidays: [Holiday]) {
    self.region = region
    self.source = source
    self.holidays = holidays
  }

  /// A bank holidays file is a few kilobytes; anything near this is not one.
  public static let sizeLimit = 1 << 20

  /// The listed days, oldest first.
  public var days: [Day] { holidays.map(\.date).sorted() }

  /// Reads and checks the file at `path`, giving its days oldest first.
  public static func load(from path: String) throws -> [Day] {
    try decode(read(path), file: path).days
  }

  /// Decodes and checks the file's text; `file` names it in errors.
  public static func decode(_ data: Data, file: String) throws -> BankHolidayList {
    let list: BankHolidayList
    do {
      list = try JSONDecoder().decode(BankHolidayList.self, from: data)
    } catch let error as DecodingError {
      throw error.invalidStore(file: file)
    }
    try list.validate(file: file)
    return list
  }

  /// Every holiday named and listed once.
  func validate(file: String) throws {
    let list = self
    var seen: [Day: Int] = [:]
    for (index, holiday) in list.holidays.enumerated() {
      let record = "holidays[\(index)]"
      if holiday.name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
        throw CaseloadError.invalidStore(
          file: file, record: record, problem: "\(holiday.date) has no name")
      }
      if let first = seen[holiday.date] {
        throw CaseloadError.invalidStore(
          file: file, record: record,
          problem: "\(holiday.date) is already listed at holidays[\(first)]")
      }
      seen[holiday.date] = index
    }
  }

  static func read(_ path: String) throws -> Data {
    do {
      let descriptor = try FileDescriptor.open(FilePath(path), .readOnly)
      defer { try? descriptor.close() }
      var bytes: [UInt8] = []
      var buffer = [UInt8](repeating: 0, count: 64 * 1024)
      while true {
        let count = try buffer.withUnsafeMutableBytes { try descriptor.read(into: $0) }
        if count == 0 { return Data(bytes) }
        bytes += buffer[0..<count]
        // Checked while reading so a huge file is refused before it fills memory.
        if bytes.count > sizeLimit {
          throw CaseloadError.invalidStore(
            file: path, record: nil,
            problem: "is larger than \(sizeLimit / 1024) KiB, too big for a bank holidays file")
        }
      }
    } catch let errno as Errno {
      throw CaseloadError.io(path: path, operation: "read the bank holidays", reason: "\(errno)")
    }
  }
}

extension DecodingError {
  /// One line naming the entry (such as `holidays[3].date`) and what is wrong with it.
  fileprivate func invalidStore(file: String) -> CaseloadError {
    func place(_ path: [any CodingKey]) -> String? {
      guard !path.isEmpty else { return nil }
      var text = ""
      for key in path {
        if let index = key.intValue {
          text += "[\(index)]"
        } else {
          text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
        }
      }
      return text
    }
    func describe(_ type: Any.Type) -> String {
      let name = String(describing: type)
      if name.hasPrefix("Dictionary") || name.contains("Keyed") { return "an object" }
      if name.hasPrefix("Array") || name.contains("Unkeyed") { return "a list" }
      if name == "String" { return "text" }
      if name == "Bool" { return "true or false" }
      return "a number"
    }
    switch self {
    case .keyNotFound(let key, let context):
      return .invalidStore(
        file: file, record: place(context.codingPath), problem: "missing \"\(key.stringValue)\"")
    case .typeMismatch(let type, let context):
      return .invalidStore(
        file: file, record: place(context.codingPath), problem: "expected \(describe(type))")
    case .valueNotFound(let type, let context):
      return .invalidStore(
        file: file, record: place(context.codingPath),
        problem: "expected \(describe(type)), found null")
    case .dataCorrupted(let context):
      guard let record = place(context.codingPath) else {
        return .invalidStore(file: file, record: nil, problem: "is not valid JSON")
      }
      return .invalidStore(file: file, record: record, problem: context.debugDescription)
    @unknown default:
      return .invalidStore(file: file, record: nil, problem: "could not be read as bank holidays")
    }
  }
}
