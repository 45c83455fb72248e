import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A small tmpfs of its own, to fill up or make read-only for real; unmounted (lazily, so
/// even a file left open cannot keep it) and removed when this goes away.
final class Tmpfs {
  let path: String
  private let options: String

  /// Whether this machine lets the tests mount one (root, on Linux, outside a locked-down
  /// container); tests that need one are skipped with this as the reason otherwise.
  static let available: Bool = {
    #if os(Linux)
      return (try? Tmpfs(size: "64k")) != nil
    #else
      return false
    #endif
  }()

  static let unavailable = "mounting a tmpfs needs root on Linux (and a container that allows it)"

  init(size: String) throws {
    let base = FileManager.default.temporaryDirectory
      .appendingPathComponent("caseload-tmpfs-\(UUID().uuidString.prefix(8))").path
    try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: false)
    options = "size=\(size),mode=0700"
    #if os(Linux)
      guard mount("tmpfs", base, "tmpfs", 0, options) == 0 else {
        let reason = String(cString: strerror(errno))
        rmdir(base)
        throw ChildError(description: "could not mount a tmpfs: \(reason)")
      }
    #endif
    path = base
  }

  deinit {
    #if os(Linux)
      umount2(path, Int32(MNT_DETACH))
    #endif
    rmdir(path)
  }

  /// Makes the whole file system read-only, as `mount -o remount,ro` does. Fails while a file
  /// on it is open for writing.
  func remountReadOnly() throws {
    #if os(Linux)
      guard mount("tmpfs", path, "tmpfs", UInt(MS_REMOUNT | MS_RDONLY), options) == 0 else {
        throw ChildError(
          description: "could not remount read-only: \(String(cString: strerror(errno)))")
      }
    #endif
  }

  /// Fills the file system to the last byte with a file called `name`, and gives its path.
  @discardableResult
  func fill(_ name: String = "filler") throws -> String {
    let file = path + "/" + name
    let fd = open(file, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard fd >= 0 else { throw ChildError(description: "could not make \(file)") }
    defer { close(fd) }
    for size in [1 << 16, 1 << 10, 1] {
      let chunk = [UInt8](repeating: 0x66, count: size)
      while chunk.withUnsafeBytes({ write(fd, $0.baseAddress, size) }) == size {}
    }
    guard errno == ENOSPC else {
      throw ChildError(description: "filling stopped with \(String(cString: strerror(errno)))")
    }
    return file
  }
}
