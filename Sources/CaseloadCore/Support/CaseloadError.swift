/// Everything that can go wrong in the domain and the store, each with a one-line message
/// written for the person at the keyboard.
public enum CaseloadError: Error, Equatable, CustomStringConvertible {
  /// A record named by the user or a change does not exist.
  case notFound(String)
  /// A rule refuses the change; nothing was saved.
  case refused(String)
  /// Someone else changed the same record first; nothing was saved.
  case conflict(String)
  /// The store's files are not valid: which file, which record, what is wrong.
  case invalidStore(file: String, record: String?, problem: String)
  /// The store's permissions are unsafe or do not let us in.
  case permissions(path: String, problem: String, fix: String)
  /// A system call failed while reading or saving.
  case io(path: String, operation: String, reason: String)
  /// The store is open read-only.
  case readOnly(String)

  public var description: String {
    switch self {
    case .notFound(let message), .refused(let message), .conflict(let message):
      return message
    case .invalidStore(let file, let record, let problem):
      return "\(file): \(record.map { "\($0): " } ?? "")\(problem)"
    case .permissions(let path, let problem, let fix):
      return "\(path): \(problem); \(fix)"
    case .io(let path, let operation, let reason):
      return "\(path): could not \(operation): \(reason)"
    case .readOnly(let message):
      return message
    }
  }
}
