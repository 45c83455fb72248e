import SystemPackage

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The system calls through which the store changes files, gathered so tests can make any one
/// fail (full disk, read-only file system, I/O error) at the moment they choose.
public struct StoreIO: Sendable {
  /// How much of a file `sync` must make durable.
  public enum Sync: Sendable {
    /// Data and metadata (fsync): for new files and directories.
    case full
    /// Data and the size needed to read it back (fdatasync): for journal appends.
    case data
  }

  /// Opens a file read-write; with `.create` it is made with exactly `permissions`.
  public var open:
    @Sendable (FilePath, FileDescriptor.OpenOptions, FilePermissions) throws(Errno) ->
      FileDescriptor
  /// Writes bytes at an offset (pwrite) and returns how many were written, perhaps fewer.
  public var write: @Sendable (FileDescriptor, UnsafeRawBufferPointer, Int64) throws(Errno) -> Int
  public var sync: @Sendable (FileDescriptor, Sync) throws(Errno) -> Void
  public var truncate: @Sendable (FileDescriptor, Int64) throws(Errno) -> Void
  public var rename: @Sendable (FilePath, FilePath) throws(Errno) -> Void
  /// Makes a directory with exactly `permissions`.
  public var makeDirectory: @Sendable (FilePath, FilePermissions) throws(Errno) -> Void
  /// Reads into a buffer from an offset (pread) and returns how many bytes came, 0 at the end
  /// of the file. Journal segments are read through it, so a test can count what was read.
  public var read:
    @Sendable (FileDescriptor, UnsafeMutableRawBufferPointer, Int64) throws(Errno) -> Int

  public init(
    open:
      @escaping @Sendable (FilePath, FileDescriptor.OpenOptions, FilePermissions) throws(Errno)
      -> FileDescriptor,
    write:
      @escaping @Sendable (FileDescriptor, UnsafeRawBufferPointer, Int64) throws(Errno) ->
      Int,
    sync: @escaping @Sendable (FileDescriptor, Sync) throws(Errno) -> Void,
    truncate: @escaping @Sendable (FileDescriptor, Int64) throws(Errno) -> Void,
    rename: @escaping @Sendable (FilePath, FilePath) throws(Errno) -> Void,
    makeDirectory: @escaping @Sendable (FilePath, FilePermissions) throws(Errno) -> Void,
    read:
      @escaping @Sendable (FileDescriptor, UnsafeMutableRawBufferPointer, Int64) throws(Errno)
      -> Int = StoreIO.systemRead
  ) {
    self.open = open
    self.write = write
    self.sync = sync
    self.truncate = truncate
    self.rename = rename
    self.makeDirectory = makeDirectory
    self.read = read
  }

  /// pread, retried when a signal interrupts it.
  public static let systemRead:
    @Sendable (FileDescriptor, UnsafeMutableRawBufferPointer, Int64) throws(Errno) -> Int = {
      fd, buffer, offset throws(Errno) in
      while true {
        let got = pread(fd.rawValue, buffer.baseAddress, buffer.count, off_t(offset))
        if got >= 0 { return got }
        let error = Errno(rawValue: errno)
        if error != .interrupted { throw error }
      }
    }

  /// The real system calls.
  public static let system = StoreIO(
    open: { path, options, permissions throws(Errno) in
      let fd = try SystemCall.openFile(
        path, flags: O_RDWR | options.rawValue, permissions: permissions)
      if options.contains(.create) {
        // The umask may have removed bits we want (group access in a shared store).
        do throws(Errno) {
          try SystemCall.retrying { fchmod(fd.rawValue, permissions.rawValue) }
        } catch {
          try? fd.close()
          throw error
        }
      }
      return fd
    },
    write: { fd, bytes, offset throws(Errno) in
      while true {
        let written = pwrite(fd.rawValue, bytes.baseAddress, bytes.count, off_t(offset))
        if written >= 0 { return written }
        let error = Errno(rawValue: errno)
        if error != .interrupted { throw error }
      }
    },
    sync: { fd, kind throws(Errno) in
      switch kind {
      case .full: try SystemCall.retrying { fsync(fd.rawValue) }
      case .data:
        #if os(Linux)
          try SystemCall.retrying { fdatasync(fd.rawValue) }
        #else
          try SystemCall.retrying { fsync(fd.rawValue) }
        #endif
      }
    },
    truncate: { fd, length throws(Errno) in
      try SystemCall.retrying { ftruncate(fd.rawValue, off_t(length)) }
    },
    rename: { from, to throws(Errno) in
      try SystemCall.renameFile(from, to)
    },
    makeDirectory: { path, permissions throws(Errno) in
      try SystemCall.retrying(path) { mkdir($0, permissions.rawValue) }
      // mkdir honours the umask; chmod makes the mode exact.
      try SystemCall.retrying(path) { chmod($0, permissions.rawValue) }
    }
  )
}

/// Thin helpers over C calls that report failure through errno.
enum SystemCall {
  /// Runs a call that returns -1 on failure, retrying when a signal interrupted it.
  static func retrying(_ call: () -> Int32) throws(Errno) {
    while true {
      if call() != -1 { return }
      let error = Errno(rawValue: errno)
      if error != .interrupted { throw error }
    }
  }

  static func renameFile(_ from: FilePath, _ to: FilePath) throws(Errno) {
    try retrying(from, to) { rename($0, $1) }
  }

  /// Opens a file without following a symbolic link and without passing it to child processes.
  static func openFile(
    _ path: FilePath, flags: Int32, permissions: FilePermissions = [.ownerReadWrite]
  ) throws(Errno) -> FileDescriptor {
    let flags = flags | O_NOFOLLOW | O_CLOEXEC
    var descriptor: Int32 = -1
    try retrying(path) { name in
      descriptor = open(name, flags, permissions.rawValue)
      return descriptor
    }
    return FileDescriptor(rawValue: descriptor)
  }

  /// Opens a directory for listing; unless `following`, not through a symbolic link.
  static func openDirectory(_ path: FilePath, following: Bool) throws(Errno) -> FileDescriptor {
    var flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC
    if !following { flags |= O_NOFOLLOW }
    var descriptor: Int32 = -1
    try retrying(path) { name in
      descriptor = open(name, flags)
      return descriptor
    }
    return FileDescriptor(rawValue: descriptor)
  }

  /// Runs a call on a path's C string, retrying when a signal interrupted it.
  static func retrying(_ path: FilePath, _ call: (UnsafePointer<CChar>) -> Int32) throws(Errno) {
    let failure: Errno? = path.withPlatformString { name in
      while true {
        if call(name) != -1 { return nil }
        let error = Errno(rawValue: errno)
        if error != .interrupted { return error }
      }
    }
    if let failure { throw failure }
  }

  /// Runs a call on two paths' C strings, retrying when a signal interrupted it.
  static func retrying(
    _ first: FilePath, _ second: FilePath,
    _ call: (UnsafePointer<CChar>, UnsafePointer<CChar>) -> Int32
  ) throws(Errno) {
    let failure: Errno? = first.withPlatformString { one in
      second.withPlatformString { two in
        while true {
          if call(one, two) != -1 { return nil }
          let error = Errno(rawValue: errno)
          if error != .interrupted { return error }
        }
      }
    }
    if let failure { throw failure }
  }
}
