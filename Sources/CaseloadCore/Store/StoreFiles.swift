import Foundation
import SystemPackage

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the store needs to know of a file: its type, mode, size and when it last changed.
struct FileStatus: Sendable {
  let mode: UInt32
  let size: Int64
  /// The owning user's and group's ids.
  let owner: UInt32
  let group: UInt32

  init(_ raw: stat) {
    mode = UInt32(raw.st_mode)
    size = Int64(raw.st_size)
    owner = UInt32(raw.st_uid)
    group = UInt32(raw.st_gid)
  }

  var isRegular: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFREG) }
  var isDirectory: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFDIR) }
  var isSymbolicLink: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFLNK) }

  /// What kind of file this is, in a person's words: `a named pipe`, `a folder`.
  var kind: String {
    switch mode & UInt32(S_IFMT) {
    case UInt32(S_IFREG): return "a regular file"
    case UInt32(S_IFDIR): return "a folder"
    case UInt32(S_IFLNK): return "a symbolic link"
    case UInt32(S_IFIFO): return "a named pipe"
    case UInt32(S_IFSOCK): return "a socket"
    case UInt32(S_IFCHR), UInt32(S_IFBLK): return "a device"
    default: return "an unknown kind of file"
    }
  }
  /// The bits that let users outside the owner and group in.
  var otherBits: UInt32 { mode & 0o007 }

  static func of(_ fd: FileDescriptor) throws(Errno) -> FileStatus {
    var raw = stat()
    try SystemCall.retrying { fstat(fd.rawValue, &raw) }
    return FileStatus(raw)
  }

  /// The file a path names; a symbolic link itself unless `following` is set.
  static func of(_ path: FilePath, following: Bool) throws(Errno) -> FileStatus {
    var raw = stat()
    try SystemCall.retrying(path) { following ? stat($0, &raw) : lstat($0, &raw) }
    return FileStatus(raw)
  }
}

/// Reading store files safely: never through a symbolic link, never stuck on a FIFO.
enum StoreFiles {
  /// Opens an existing file read-only.
  static func openForReading(_ path: FilePath) throws(Errno) -> FileDescriptor {
    try SystemCall.openFile(path, flags: O_RDONLY | O_NONBLOCK)
  }

  /// Opens a directory so it can be synced.
  static func openDirectory(_ path: FilePath) throws(Errno) -> FileDescriptor {
    try SystemCall.openFile(path, flags: O_RDONLY | O_DIRECTORY)
  }

  /// Reads up to `count` bytes from `offset` through `io`, fewer only at the end of the file.
  static func read(_ fd: FileDescriptor, at offset: Int64, count: Int, io: StoreIO) throws(Errno)
    -> [UInt8]
  {
    var bytes = [UInt8](repeating: 0, count: count)
    // withUnsafeMutableBytes only rethrows untyped errors, so the result carries the Errno out.
    let filled = try bytes.withUnsafeMutableBytes { buffer in
      Result { () throws(Errno) in
        var filled = 0
        while filled < buffer.count {
          let got = try io.read(
            fd, UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]), offset + Int64(filled))
          if got <= 0 { break }
          filled += got
        }
        return filled
      }
    }.get()
    bytes.removeLast(count - filled)
    return bytes
  }

  /// Reads a whole file of a known size, for the snapshot the JSON decoder takes as Data.
  static func readData(_ fd: FileDescriptor, count: Int) throws(Errno) -> Data {
    var data = Data(count: count)
    let filled = try data.withUnsafeMutableBytes { buffer in
      Result { () throws(Errno) in try fill(buffer, from: fd, at: 0) }
    }.get()
    data.count = filled
    return data
  }

  /// Fills `buffer` from `offset` with pread, retrying after signals; returns how many bytes
  /// were read (fewer than the buffer only at the end of the file).
  private static func fill(
    _ buffer: UnsafeMutableRawBufferPointer, from fd: FileDescriptor, at offset: Int64
  ) throws(Errno) -> Int {
    var filled = 0
    while filled < buffer.count, let base = buffer.baseAddress {
      let got = pread(
        fd.rawValue, base + filled, buffer.count - filled, off_t(offset) + off_t(filled))
      if got > 0 {
        filled += got
      } else if got == 0 {
        break
      } else if Errno(rawValue: errno) != .interrupted {
        throw Errno(rawValue: errno)
      }
    }
    return filled
  }

  /// Why `readWhole` could not give a file's bytes.
  enum WholeFileProblem: Error {
    case system(Errno)
    case notRegular
    case tooLarge(size: Int64)
  }

  /// A whole regular file, refused before reading when it is larger than `limit` bytes.
  static func readWhole(_ path: FilePath, limit: Int) throws(WholeFileProblem) -> Data {
    let fd: FileDescriptor
    do throws(Errno) { fd = try openForReading(path) } catch { throw .system(error) }
    defer { try? fd.close() }
    let status: FileStatus
    do throws(Errno) { status = try FileStatus.of(fd) } catch { throw .system(error) }
    guard status.isRegular else { throw .notRegular }
    guard status.size <= Int64(limit) else { throw .tooLarge(size: status.size) }
    do throws(Errno) { return try readData(fd, count: Int(status.size)) } catch {
      throw .system(error)
    }
  }

  /// A whole regular file as bytes, read with one call into memory that is not cleared first;
  /// refused before reading when it is larger than `limit` bytes.
  static func readWholeBytes(_ path: FilePath, limit: Int) throws(WholeFileProblem) -> [UInt8] {
    let fd: FileDescriptor
    do throws(Errno) { fd = try openForReading(path) } catch { throw .system(error) }
    defer { try? fd.close() }
    let status: FileStatus
    do throws(Errno) { status = try FileStatus.of(fd) } catch { throw .system(error) }
    guard status.isRegular else { throw .notRegular }
    guard status.size <= Int64(limit) else { throw .tooLarge(size: status.size) }
    var failure: Errno?
    let bytes = [UInt8](unsafeUninitializedCapacity: Int(status.size)) { buffer, count in
      do throws(Errno) {
        count = try fill(UnsafeMutableRawBufferPointer(buffer), from: fd, at: 0)
      } catch {
        failure = error
        count = 0
      }
    }
    if let failure { throw .system(failure) }
    return bytes
  }

  /// Writes every byte through `io`, however many calls that takes.
  static func writeAll(
    _ bytes: [UInt8], to fd: FileDescriptor, at offset: Int64, io: StoreIO
  ) throws(Errno) {
    let failure: Errno? = bytes.withUnsafeBytes { buffer in
      var written = 0
      while written < buffer.count {
        do throws(Errno) {
          let count = try io.write(
            fd, UnsafeRawBufferPointer(rebasing: buffer[written...]), offset + Int64(written))
          // A write that makes no progress would loop for ever; the disk has no room.
          guard count > 0 else { return Errno.noSpace }
          written += count
        } catch {
          return error
        }
      }
      return nil
    }
    if let failure { throw failure }
  }

  /// Names in a directory, without `.` and `..`. Unless `following`, a symbolic link in place
  /// of the directory is refused (ELOOP) rather than listed through.
  static func names(in directory: FilePath, following: Bool = true) throws(Errno) -> [String] {
    let fd = try SystemCall.openDirectory(directory, following: following)
    guard let stream = fdopendir(fd.rawValue) else {
      let error = Errno(rawValue: errno)
      try? fd.close()
      throw error
    }
    // closedir closes the descriptor too.
    defer { closedir(stream) }
    var names: [String] = []
    while let entry = readdir(stream) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }

  /// The journal segment numbers present, lowest first.
  static func segmentNumbers(in layout: StoreLayout) throws(Errno) -> [Int] {
    try names(in: layout.journal, following: false).compactMap(StoreLayout.segmentNumber).sorted()
  }

  /// Makes a new entry in a directory durable (fsync on the directory).
  static func syncDirectory(_ path: FilePath, io: StoreIO) throws(Errno) {
    let fd = try openDirectory(path)
    defer { try? fd.close() }
    try io.sync(fd, .full)
  }

  /// Removes a file or an empty directory, ignoring failure: used only to tidy up after a
  /// failed write.
  static func removeQuietly(_ path: FilePath) {
    _ = path.withPlatformString { name in unlink(name) == 0 || rmdir(name) == 0 }
  }
}
