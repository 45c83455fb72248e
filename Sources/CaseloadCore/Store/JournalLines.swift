#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Cuts a journal segment into lines as its bytes arrive, piece by piece, looking at each byte
/// once: the start of a line still unfinished is kept, never searched again, so a long line
/// costs its length and not its square, and a line over the limit is refused as soon as the
/// bytes read of it pass the limit, before any more of it is read.
struct LineScanner {
  /// The longest line accepted, its newline not counted.
  let limit: Int
  /// The bytes of the line not yet finished, from its start.
  private(set) var pending: [UInt8] = []
  /// How many bytes have been searched for a line break, so tests can prove reading is linear.
  private(set) var scanned = 0

  /// The unfinished line has passed the limit.
  struct TooLong: Error {}

  init(limit: Int) { self.limit = limit }

  /// Calls `body` with each line (without its newline) that `piece` completes, then keeps the
  /// rest of the piece as the start of the next line. Throws `TooLong` at the first line that
  /// passes the limit, finished or not, and otherwise what `body` throws.
  mutating func feed(_ piece: [UInt8], _ body: (ArraySlice<UInt8>) throws -> Void) throws {
    var start = 0
    while start < piece.count {
      guard let newline = Self.newline(in: piece, from: start) else {
        scanned += piece.count - start
        break
      }
      scanned += newline - start + 1
      guard pending.count + (newline - start) <= limit else { throw TooLong() }
      if pending.isEmpty {
        try body(piece[start..<newline])
      } else {
        pending.append(contentsOf: piece[start..<newline])
        var line: [UInt8] = []
        swap(&line, &pending)
        try body(line[...])
      }
      start = newline + 1
    }
    guard pending.count + (piece.count - start) <= limit else { throw TooLong() }
    pending.append(contentsOf: piece[start...])
  }

  /// The index of the first newline at or after `start`, found with memchr.
  private static func newline(in bytes: [UInt8], from start: Int) -> Int? {
    bytes.withUnsafeBufferPointer { buffer -> Int? in
      guard let base = buffer.baseAddress, start < buffer.count else { return nil }
      guard let found = memchr(base + start, 0x0A, buffer.count - start) else { return nil }
      return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
  }
}
