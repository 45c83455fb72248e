/// The range every number read from a store must fall in, so that no arithmetic on one can
/// overflow and no figure the rules multiply or divide by is absurd. Part of the format (see
/// the comment in FileStore.swift); a value outside is refused, naming the file and field.
enum StoreNumbers {
  /// The highest change number: 2^53, the largest whole number every JSON reader holds exactly.
  static let lastSequence = 1 << 53
  /// The highest journal segment number, so every segment name is six digits.
  static let lastSegment = 999_999

  static let changeNumbers = 1...lastSequence
  static let segmentNumbers = 1...lastSegment

  // Settings and workers: no weight or capacity so large that a sum of them overflows to
  // infinity, none so small that dividing by it does; the messages in SnapshotValidation
  // quote these bounds.
  /// Points one case can weigh.
  static let weight = 0.0...1000
  /// Points a full-time worker (`capacityPerFTE`) or a capped worker (`cap`) can hold.
  static let capacity = 1.0...10_000
  static let asyeCapacityFactor = 0.1...1.0
  /// Load fractions at which the bands start (`warnAt`, and `overAbove` at most the top).
  static let warnAt = 0.01...10.0
  static let workerCountWarnAt = 1...1000

  /// Why a change number is out of range, or nil.
  static func sequenceProblem(_ sequence: Int) -> String? {
    if sequence > lastSequence {
      return
        "sequence \(sequence) is more than \(lastSequence), the highest change number a store can hold"
    }
    if sequence < 1 { return "sequence \(sequence) is not a change number; they start at 1" }
    return nil
  }

  /// The next change number after `sequence`, or nil when the store has used the last one.
  static func next(after sequence: Int) -> Int? {
    sequence < lastSequence ? sequence + 1 : nil
  }

  /// The segment after `number`, or nil when `number` is the last a store can have.
  static func segment(after number: Int) -> Int? {
    number < lastSegment ? number + 1 : nil
  }
}
