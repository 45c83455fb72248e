import ArgumentParser
import CaseloadCore

/// `caseload commit-loop`: commits changes to a store as fast as it can, one line on standard
/// output for each once it is saved (hidden; used by the crash and concurrency tests, which
/// kill it at random moments and check every change it reported saved is there once).
struct CommitLoopCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "commit-loop", abstract: "Commit changes in a loop (for the store's tests).",
    shouldDisplay: false)

  @OptionGroup var store: StoreOptions

  @Option(help: "How many changes to try.")
  var changes = 1000

  @Option(help: "Kinds to mix, from reassign, note, supervise and compact, comma-separated.")
  var kinds = "reassign,note,supervise,compact"

  @Option(help: "Only these cases, comma-separated (default: every open case).")
  var cases: String?

  @Option(help: "A name put in every record id and reason, unique to this process.")
  var writer = "w"

  @Option(help: "Seed for the choices.")
  var seed: UInt64 = 1

  func run() throws {
    let context = try Context.current()
    let opened = try store.open(in: context)
    let mix = kinds.split(separator: ",").map(String.init)
    var random = SplitMix(seed: seed)
    for number in 0..<changes {
      guard let kind = mix.randomElement(using: &random) else { return }
      if kind == "compact" {
        Output.line("compacting at \(opened.sequence)")
        try opened.compact()
        Output.line("compacted at \(opened.sequence)")
        continue
      }
      _ = try opened.refresh()
      guard let (change, id) = make(kind, number, opened.caseload, context, &random) else {
        continue
      }
      do {
        let entry = try opened.commit(change)
        Output.line("saved \(entry.sequence) \(kind) \(id)")
      } catch let error as CaseloadError {
        Output.line("refused \(kind) \(id): \(error)")
      }
    }
  }

  /// A change of `kind` that fits the state as this process last saw it, and its id.
  private func make(
    _ kind: String, _ number: Int, _ caseload: Caseload, _ context: Context,
    _ random: inout SplitMix
  ) -> (Change, String)? {
    let chosen = cases.map { Set($0.split(separator: ",").map { Case.ID(rawValue: String($0)) }) }
    let open = caseload.cases.values.filter {
      $0.closed == nil && (chosen?.contains($0.id) ?? true)
    }
    guard let child = open.randomElement(using: &random) else { return nil }
    let by = Authorship(author: context.user, recorded: context.clock())
    let id = "\(writer)-\(number)"
    switch kind {
    case "reassign":
      let team = caseload.team(of: child)
      let targets = caseload.workers.values.filter {
        $0.team == team && $0.id != child.worker && !$0.hasLeft(on: context.today)
      }
      guard let target = targets.randomElement(using: &random) else { return nil }
      let reason = "move-\(id)"
      let move = Reassignment.Move(case: child.id, from: child.worker, to: target.id)
      return (
        .reassign(Reassignment(moves: [move], reason: reason, date: context.today)),
        "\(child.id) \(reason)"
      )
    case "note":
      let note = OversightNote(
        id: RecordID(rawValue: "N-\(id)"),
        note: CaseDiscussion(case: child.id, discussion: "Note \(id)", decision: "Agreed."),
        authorship: by)
      return (.recordNote(note), note.id.rawValue)
    case "supervise":
      guard let worker = child.worker else { return nil }
      let session = SupervisionSession(
        id: RecordID(rawValue: "S-\(id)"), worker: worker, date: context.today,
        attendees: [context.user], discussion: "Session \(id)", entries: [], authorship: by,
        recordedOn: context.today)
      return (.recordSession(session), session.id.rawValue)
    default:
      return nil
    }
  }
}

/// A small seeded generator, so a run can be repeated.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
