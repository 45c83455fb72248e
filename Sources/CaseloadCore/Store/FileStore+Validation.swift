import Foundation

/// When the records of a store being opened are proved whole (ids unique, references that
/// resolve, values in range). Syntax, encoding, every field's type and the numbers the rules
/// compute with are always checked before `open` returns.
public enum StoreValidation: Sendable {
  /// Before `open` returns: what the command line and the tests use.
  case beforeOpening
  /// On a background thread started by `open`, so the board draws first. Nothing is written
  /// before it has finished: a commit waits for it, and a problem it finds refuses every change.
  case afterOpening
}

/// How the proof of a store opened with `.afterOpening` stands.
public enum ValidationState: Sendable, Equatable {
  case running
  case passed
  /// The store has a problem; nothing can be written to it.
  case failed(CaseloadError)
}

/// Validates a snapshot on a thread of its own and keeps the outcome, which any thread may ask
/// for or wait on. Once the store is proved whole, it builds the record indexes the first board
/// did not need, so the first screen that does need them does not wait.
public final class BackgroundValidation: @unchecked Sendable {
  // @unchecked: `outcome` is only touched holding `condition`.
  private let condition = NSCondition()
  private var outcome = ValidationState.running

  convenience init(_ read: SnapshotLoader.Read, directory: String) {
    self.init(read) { SnapshotLoader.Problems($0).error(in: directory) }
  }

  /// `failure` words the problems found as the one error every write is refused with.
  init(
    _ read: SnapshotLoader.Read, failure: @escaping @Sendable ([StoreProblem]) -> CaseloadError
  ) {
    Thread.detachNewThread { [self] in
      let problems = SnapshotLoader.problems(of: read)
      let result: ValidationState = problems.isEmpty ? .passed : .failed(failure(problems))
      condition.withLock {
        outcome = result
        condition.broadcast()
      }
      if problems.isEmpty { read.caseload.prepareIndexes() }
    }
  }

  public var state: ValidationState { condition.withLock { outcome } }

  /// The outcome, waiting for it if the validation is still running.
  public func wait() -> ValidationState {
    condition.withLock {
      while outcome == .running { condition.wait() }
      return outcome
    }
  }
}

extension FileStore {
  /// How the proof of this store's records stands; `.passed` when it was validated before it
  /// was opened.
  public var validationState: ValidationState { validation?.state ?? .passed }

  /// Waits until the store is proved whole and takes its lock file (making it for an older
  /// store): what must happen before the first write. Throws the problem validation found.
  func prepareToWrite() throws {
    guard !isReadOnly else {
      throw CaseloadError.readOnly("the store is open read-only, so nothing can be saved")
    }
    if let validation, case .failed(let error) = validation.wait() { throw error }
    guard lockFile == nil else { return }
    let opened = try Self.openLock(layout, io: reader.io, modes: reader.modes)
    Self.removeLeftovers(layout, lock: opened)
    lockFile = opened
  }
}
