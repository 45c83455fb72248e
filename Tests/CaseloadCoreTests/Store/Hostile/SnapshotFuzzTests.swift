import CaseloadCore
import Foundation
import Testing

/// Mutates the good corpus store at random (bytes changed, bits flipped, the file cut short,
/// pieces copied, moved or left out) for a bounded time on every run, 1.5 seconds unless
/// `CASELOAD_FUZZ_SECONDS` asks for longer, from a seed printed on failure
/// (`CASELOAD_FUZZ_SEED` repeats a run). Each mutant must give a valid store or one-line
/// errors, never a crash, the same verdict from `check` and `open`, and never a write.
@Suite("Fuzzed snapshots: a valid load or one-line errors, never a crash, never a write")
struct SnapshotFuzzTests {
  static var seconds: Double {
    ProcessInfo.processInfo.environment["CASELOAD_FUZZ_SECONDS"].flatMap(Double.init) ?? 1.5
  }

  static var seed: UInt64 {
    ProcessInfo.processInfo.environment["CASELOAD_FUZZ_SEED"].flatMap { UInt64($0) }
      ?? UInt64(Date().timeIntervalSince1970 * 1000)
  }

  @Test func mutantsAreRefusedInOneLineOrRead() throws {
    let seed = Self.seed
    var random = Xorshift(seed: seed)
    let good = Array(CorpusStore.text.utf8)
    let deadline = Date().addingTimeInterval(Self.seconds)
    var tried = 0
    var valid = 0
    while Date() < deadline {
      let temp = try TemporaryDirectory()
      let mutant = Self.mutate(good, &random)
      let path = try CorpusStore.write(mutant, in: temp)
      let before = Disk.files(in: path)
      let problems = FileStore.check(at: path)
      let context = "seed \(seed), mutant \(tried)"
      #expect(problems.allSatisfy { !$0.description.contains("\n") }, "\(context)")
      do {
        // Read-write, as a command that is about to write would open it.
        let store = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
        #expect(problems.isEmpty, "\(context): opened, but check found \(problems)")
        _ = store.caseload.cases.count
        valid += 1
      } catch let error as CaseloadError {
        #expect(!problems.isEmpty, "\(context): refused (\(error)) but check found nothing")
        #expect(!error.description.contains("\n"), "\(context)")
        #expect(Disk.files(in: path) == before, "\(context): a refused store was written to")
      }
      #expect(!Disk.exists(path + "/lock") || problems.isEmpty, "\(context)")
      tried += 1
    }
    #expect(tried > 0)
    print("fuzzed \(tried) snapshots in \(Self.seconds) s from seed \(seed): \(valid) valid")
  }

  /// One to three random damages.
  static func mutate(_ good: [UInt8], _ random: inout Xorshift) -> [UInt8] {
    var bytes = good
    for _ in 0..<random.int(1...3) where !bytes.isEmpty {
      let at = random.int(0...(bytes.count - 1))
      switch random.int(0...7) {
      case 0: bytes[at] = UInt8(truncatingIfNeeded: random.next())
      case 1: bytes[at] ^= 1 << UInt8(random.int(0...7))
      case 2: bytes.removeSubrange(at...)
      case 3:
        let end = min(bytes.count, at + random.int(1...64))
        bytes.removeSubrange(at..<end)
      case 4:
        let end = min(bytes.count, at + random.int(1...256))
        let piece = bytes[at..<end]
        bytes.insert(contentsOf: piece, at: random.int(0...bytes.count))
      case 5:
        let tokens = [
          "{", "}", "[", "]", ",", ":", "\"", "\\", "null", "-1e999", "\\ud800", "\u{0}",
        ]
        bytes.insert(contentsOf: Array(random.pick(tokens).utf8), at: at)
      case 6:
        // A character swapped for one of its kind: digits, letters, quotes.
        let similar: [UInt8] = Array("0123456789\"az-T:Z".utf8)
        bytes[at] = similar[random.int(0...(similar.count - 1))]
      default:
        let end = min(bytes.count, at + random.int(1...32))
        bytes.replaceSubrange(at..<end, with: [0xC3, 0x28, 0xE2, 0x82][..<random.int(1...4)])
      }
    }
    return bytes
  }
}

/// A small seeded generator for the fuzz test, so a failing run can be repeated.
struct Xorshift: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed }

  mutating func next() -> UInt64 {
    state ^= state << 13
    state ^= state >> 7
    state ^= state << 17
    return state
  }

  mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

  mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
}
