/// The bytes of `caseload.json`, read once and kept while any state read from them lives: the
/// records left undecoded at open are decoded from here when asked for.
final class SnapshotBytes: Sendable {
  let bytes: [UInt8]

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  var count: Int { bytes.count }
}
