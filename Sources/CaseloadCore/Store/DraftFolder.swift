import Foundation
import SystemPackage

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Drafts as owner-only files in a private folder, one file per target, each replaced
/// atomically (write a temporary file, then rename) so a crash leaves the old or the new draft.
public struct DraftFolder: DraftKeeper {
  /// The folder for one store's drafts.
  public let path: FilePath
  /// The store the drafts belong to, written into each file and checked when read.
  public let store: String
  let io: StoreIO
  let clock: @Sendable () -> Timestamp

  /// The largest draft file read back: far more than anyone types, small enough to be safe.
  static let maximumBytes = 8 << 20

  public init(
    path: FilePath, store: String, io: StoreIO = .system,
    clock: @escaping @Sendable () -> Timestamp
  ) {
    self.path = path
    self.store = store
    self.io = io
    self.clock = clock
  }

  /// The folder for a store's drafts under `root`: named by a hash of the store's path, so
  /// two stores never share drafts and no store path ends up in a file name.
  public static func folder(for store: String, under root: FilePath) -> FilePath {
    root.appending(fnv1a(store))
  }

  struct Envelope: Codable {
    var version: Int
    var store: String
    var saved: Timestamp
    var draft: Draft
  }

  public func load() -> (drafts: [SavedDraft], problems: [String]) {
    let names: [String]
    do throws(Errno) {
      names = try StoreFiles.names(in: path)
    } catch {
      if error == .noSuchFileOrDirectory { return ([], []) }
      return ([], ["\(path): could not read the drafts folder: \(error.description)"])
    }
    var drafts: [SavedDraft] = []
    var problems: [String] = []
    for name in names.sorted() where name.hasSuffix(".json") {
      let file = path.appending(name)
      do {
        let envelope = try read(file)
        // A folder-name collision or a copied folder: not this store's draft.
        guard envelope.store == store else { continue }
        drafts.append(SavedDraft(draft: envelope.draft, saved: envelope.saved))
      } catch {
        problems.append(error.description)
      }
    }
    return (drafts.sorted { $0.saved > $1.saved }, problems)
  }

  public func keep(_ draft: Draft) throws {
    try makeFolder()
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let bytes: [UInt8]
    do {
      bytes = Array(
        try encoder.encode(Envelope(version: 1, store: store, saved: clock(), draft: draft)))
    } catch {
      throw CaseloadError.io(path: "\(path)", operation: "write a draft", reason: "\(error)")
    }
    let final = file(for: draft.target)
    let temporary = FilePath("\(final).tmp")
    do throws(Errno) {
      let fd = try io.open(temporary, [.create, .truncate], [.ownerReadWrite])
      do throws(Errno) {
        try StoreFiles.writeAll(bytes, to: fd, at: 0, io: io)
      } catch {
        try? fd.close()
        throw error
      }
      try? fd.close()
      try io.rename(temporary, final)
    } catch {
      StoreFiles.removeQuietly(temporary)
      throw CaseloadError.io(
        path: "\(final)", operation: "keep the draft", reason: error.description)
    }
  }

  public func drop(_ target: Draft.Target) throws {
    let final = file(for: target)
    do throws(Errno) {
      try SystemCall.retrying(final) { unlink($0) }
    } catch {
      if error == .noSuchFileOrDirectory { return }
      throw CaseloadError.io(
        path: "\(final)", operation: "remove the draft", reason: error.description)
    }
  }

  /// `oversight-<hash of the id>.json`: ids are data, so they never become file names.
  func file(for target: Draft.Target) -> FilePath {
    path.appending("\(target.kind)-\(Self.fnv1a(target.id)).json")
  }

  private func read(_ file: FilePath) throws(CaseloadError) -> Envelope {
    let bytes: Data
    do throws(StoreFiles.WholeFileProblem) {
      bytes = try StoreFiles.readWhole(file, limit: Self.maximumBytes)
    } catch {
      switch error {
      case .system(let errno):
        throw .io(path: "\(file)", operation: "read the draft", reason: errno.description)
      case .notRegular:
        throw .invalidStore(file: "\(file)", record: nil, problem: "is not a regular file")
      case .tooLarge(let size):
        throw .invalidStore(
          file: "\(file)", record: nil,
          problem: "is \(size) bytes, more than a draft can be (\(Self.maximumBytes))")
      }
    }
    do {
      let envelope = try JSONDecoder().decode(Envelope.self, from: bytes)
      guard envelope.version == 1 else {
        throw CaseloadError.invalidStore(
          file: "\(file)", record: nil,
          problem: "is draft format \(envelope.version); this caseload reads format 1")
      }
      return envelope
    } catch let error as CaseloadError {
      throw error
    } catch {
      let (where_, problem) = JSONProblem.describe(error, in: bytes, singleLine: true)
      throw CaseloadError.invalidStore(file: "\(file)", record: where_, problem: problem)
    }
  }

  /// Creates the folder and any missing parents, owner-only whatever the umask.
  private func makeFolder() throws {
    var missing: [FilePath] = []
    var current = path
    while !current.isEmpty && current != "/" {
      if let status = try? FileStatus.of(current, following: true) {
        guard status.isDirectory else {
          throw CaseloadError.io(
            path: "\(current)", operation: "make the drafts folder", reason: "a file is in the way")
        }
        break
      }
      missing.append(current)
      current.removeLastComponent()
    }
    for folder in missing.reversed() {
      do throws(Errno) {
        try io.makeDirectory(folder, [.ownerReadWriteExecute])
      } catch {
        if error == .fileExists { continue }
        throw CaseloadError.io(
          path: "\(folder)", operation: "make the drafts folder", reason: error.description)
      }
    }
  }

  /// A stable 64-bit FNV-1a hash as 16 hex digits: a name, not a secret, so no crypto needed.
  static func fnv1a(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
