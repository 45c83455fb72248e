import SystemPackage

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Files a killed compaction leaves behind: `caseload.json.tmp` was never in force, so it does
/// the store no harm, but it can be as large as the store. It is a leftover only while no
/// writer holds the lock, since a running compaction holds the lock the whole time it has one.
extension FileStore {
  /// Harmless files an interrupted writer left, one line each, as `caseload check` mentions
  /// them. Takes the lock shared for a moment, only if there is such a file, and writes nothing.
  public static func leftovers(at path: String) -> [String] {
    let layout = StoreLayout(path: path)
    guard isLeftover(layout.snapshotTemp) else { return [] }
    let lock: FileDescriptor
    do throws(Errno) {
      lock = try SystemCall.openFile(layout.lock, flags: O_RDONLY | O_NONBLOCK)
    } catch {
      // No lock file, so no writer has ever been able to compact: the file is old.
      guard error == .noSuchFileOrDirectory else { return [] }
      return [leftoverText]
    }
    defer { try? lock.close() }
    guard (try? FileStatus.of(lock))?.isRegular == true,
      flock(lock.rawValue, LOCK_SH | LOCK_NB) == 0
    else { return [] }
    defer { _ = flock(lock.rawValue, LOCK_UN) }
    return isLeftover(layout.snapshotTemp) ? [leftoverText] : []
  }

  static let leftoverText =
    "\(StoreLayout.snapshotTempName): left by an interrupted compaction; removed the next time the store is opened for writing"

  /// Removes what an interrupted compaction left, if no writer holds the lock now; a busy
  /// store is tidied by a later open. Called once the store has passed every check.
  static func removeLeftovers(_ layout: StoreLayout, lock: FileDescriptor) {
    guard isLeftover(layout.snapshotTemp), flock(lock.rawValue, LOCK_EX | LOCK_NB) == 0 else {
      return
    }
    defer { _ = flock(lock.rawValue, LOCK_UN) }
    guard isLeftover(layout.snapshotTemp) else { return }
    _ = layout.snapshotTemp.withPlatformString { unlink($0) }
  }

  /// Whether a regular file is at `path`; the entry scan refuses anything else there.
  private static func isLeftover(_ path: FilePath) -> Bool {
    (try? FileStatus.of(path, following: false))?.isRegular == true
  }
}
