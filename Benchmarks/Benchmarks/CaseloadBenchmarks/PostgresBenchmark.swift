import Benchmark
import CaseloadCore
import CaseloadPostgres
import Foundation

/// The PostgreSQL databases `compare.sh --postgres` migrated the two stores into.
enum BenchPostgres {
  /// `postgres://USER@HOST:PORT/PREFIX`: the team store is in the database `PREFIXteam`, the
  /// authority store in `PREFIXauthority`; the password is in `PGPASSWORD`.
  static let variable = "CASELOAD_BENCH_POSTGRES"

  static var prefix: String? {
    ProcessInfo.processInfo.environment[variable].flatMap { $0.isEmpty ? nil : $0 }
  }

  static func open(_ store: BenchStore, prefix: String) throws -> PostgresStore {
    try PostgresStore.open(
      prefix + store.rawValue, environment: ProcessInfo.processInfo.environment,
      readOnly: false, listen: false, user: SystemUser.current)
  }
}

/// Committing one change to a PostgreSQL store on a local server: one transaction that takes
/// the writer's lock, reads others' changes, checks the change, inserts it and NOTIFYs.
/// Run only when `CASELOAD_BENCH_POSTGRES` names the databases.
func postgresBenchmarks(_ store: BenchStore) {
  guard let prefix = BenchPostgres.prefix else { return }
  let kinds: [(name: String, change: (CommitSession) -> Change)] = [
    ("reassignment", { $0.nextReassignment() }),
    ("note", { $0.nextNote() }),
  ]
  for kind in kinds {
    commitBenchmark("commit \(kind.name) on PostgreSQL (\(store))", next: kind.change) {
      try CommitSession(BenchPostgres.open(store, prefix: prefix))
    }
  }
}
