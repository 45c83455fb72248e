import SystemPackage

/// The one-line errors for files that cannot be read or written, naming the file and a way on.
enum StoreErrors {
  static func reading(_ file: String, _ error: Errno, in layout: StoreLayout) -> CaseloadError {
    let path = layout.full(file)
    switch error {
    case .tooManySymbolicLinkLevels:
      return .invalidStore(
        file: path, record: nil,
        problem: "is a symbolic link; a store's files must be real files, not links")
    case .permissionDenied, .notPermitted:
      return .permissions(
        path: path, problem: "cannot be read by you",
        fix: "ask the store's owner to add you to its group")
    case .noSuchFileOrDirectory:
      return .invalidStore(file: path, record: nil, problem: "is missing")
    case .isDirectory:
      return notRegular(file, in: layout)
    default:
      return .io(path: path, operation: "read it", reason: error.description)
    }
  }

  static func notRegular(_ file: String, in layout: StoreLayout) -> CaseloadError {
    .invalidStore(file: layout.full(file), record: nil, problem: "is not a regular file")
  }

  static func writing(
    _ file: String, _ error: Errno, operation: String, in layout: StoreLayout
  ) -> CaseloadError {
    switch error {
    case .permissionDenied, .notPermitted:
      return .permissions(
        path: layout.full(file), problem: "cannot be written by you",
        fix: "ask the store's owner to add you to its group, or open it read-only")
    default:
      return .io(path: layout.full(file), operation: operation, reason: error.description)
    }
  }

  /// `64 MiB`, `1 GiB`, `1200 bytes`: sizes as a person reads them.
  static func size(_ bytes: some BinaryInteger) -> String {
    let value = Int64(bytes)
    if value >= 1 << 30, value % (1 << 30) == 0 { return "\(value >> 30) GiB" }
    if value >= 1 << 20 { return "\(value >> 20) MiB" }
    if value >= 1 << 10 { return "\(value >> 10) KiB" }
    return "\(value) bytes"
  }
}
