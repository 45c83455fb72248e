/// Sizes above which the store refuses a file before reading it into memory.
public struct StoreLimits: Hashable, Sendable {
  /// Largest `caseload.json` accepted.
  public var snapshotBytes: Int
  /// Longest journal line accepted, and so the largest single change.
  public var journalLineBytes: Int

  public init(snapshotBytes: Int, journalLineBytes: Int) {
    self.snapshotBytes = snapshotBytes
    self.journalLineBytes = journalLineBytes
  }

  /// Far above an authority-sized store, far below what would exhaust memory.
  public static let standard = StoreLimits(snapshotBytes: 1 << 30, journalLineBytes: 64 << 20)
}
