import SystemPackage

/// Where a store's files live inside its directory, and the names messages give them.
struct StoreLayout: Sendable {
  static let snapshotName = "caseload.json"
  static let snapshotTempName = "caseload.json.tmp"
  static let journalName = "journal"
  static let lockName = "lock"

  /// The directory as the user named it, for messages.
  let display: String
  let directory: FilePath

  init(path: String) {
    display = path
    directory = FilePath(path)
  }

  var snapshot: FilePath { directory.appending(Self.snapshotName) }
  var snapshotTemp: FilePath { directory.appending(Self.snapshotTempName) }
  var journal: FilePath { directory.appending(Self.journalName) }
  var lock: FilePath { directory.appending(Self.lockName) }

  func segment(_ number: Int) -> FilePath { journal.appending(Self.segmentName(number)) }

  /// `journal/000042.jsonl`, as messages and `StoreProblem.file` name it.
  static func segmentFile(_ number: Int) -> String { journalName + "/" + segmentName(number) }

  /// Six digits, so names sort as numbers do: a store has at most `StoreNumbers.lastSegment`.
  static func segmentName(_ number: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, 6 - digits.count)) + digits + ".jsonl"
  }

  /// The number of a segment file name (`000001.jsonl` to `999999.jsonl`), or nil for any
  /// other file, which the store leaves alone.
  static func segmentNumber(_ name: String) -> Int? {
    guard name.hasSuffix(".jsonl") else { return nil }
    let digits = name.dropLast(6)
    guard digits.count == 6, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
      let number = Int(digits), number >= 1, segmentName(number) == name
    else { return nil }
    return number
  }

  /// A file inside the store by its full path, for errors shown outside `check`.
  func full(_ relative: String) -> String {
    // "" names the store folder itself.
    if relative.isEmpty { return display }
    return display.hasSuffix("/") ? display + relative : display + "/" + relative
  }

  /// The directory quoted for a shell command in a message.
  var quoted: String { "'" + display.replacing("'", with: "'\\''") + "'" }
}

/// The modes new files and folders get: owner only, or owner and group in a group-shared store.
struct StoreModes: Sendable {
  let file: FilePermissions
  let directory: FilePermissions

  static let owner = StoreModes(
    file: FilePermissions(rawValue: 0o600), directory: FilePermissions(rawValue: 0o700))
  static let group = StoreModes(
    file: FilePermissions(rawValue: 0o660), directory: FilePermissions(rawValue: 0o2770))

  /// A directory with its setgid bit set is shared with its group, as the SPEC's managers share one.
  init(directoryMode: UInt32) {
    self = directoryMode & 0o2000 != 0 ? .group : .owner
  }

  private init(file: FilePermissions, directory: FilePermissions) {
    self.file = file
    self.directory = directory
  }
}
