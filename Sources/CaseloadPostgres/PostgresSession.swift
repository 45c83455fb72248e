import CaseloadCore
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

/// One connection to the server, used synchronously: the store's protocol is synchronous (the
/// board calls it between keys), so each query waits for its answer on this thread while the
/// connection's event loop runs on its own.
final class PostgresSession: @unchecked Sendable {
  // @unchecked: a session is used by one thread at a time (the store's), never shared.
  let location: PostgresLocation
  let group: any EventLoopGroup
  private(set) var connection: PostgresConnection?
  /// Inside BEGIN … COMMIT: a lost connection then ends the transaction, so the session must
  /// not quietly connect again and run the rest of it outside one.
  private(set) var inTransaction = false
  let logger: Logger

  /// Why a query inside a transaction could not be sent.
  static let lostConnection = "the connection to the server was lost"

  /// How long a connection may take to be made before it counts as the server being down.
  static let connectTimeout = TimeAmount.seconds(5)

  init(_ location: PostgresLocation, group: any EventLoopGroup) {
    self.location = location
    self.group = group
    var logger = Logger(label: "caseload.postgres")
    logger.logLevel = .critical
    self.logger = logger
  }

  deinit { close() }

  var isOpen: Bool { connection.map { !$0.isClosed } ?? false }

  /// Connects, or throws one line saying what went wrong and what to do.
  func connect() throws {
    close()
    inTransaction = false
    do {
      connection = try PostgresConnection.connect(
        on: group.next(), configuration: try configuration(), id: 1, logger: logger
      ).wait()
    } catch {
      throw PostgresErrors.describe(error, at: location, doing: "connect")
    }
  }

  func configuration() throws -> PostgresConnection.Configuration {
    var configuration: PostgresConnection.Configuration
    if location.host.hasPrefix("/") {
      configuration = .init(
        unixSocketPath: "\(location.host)/.s.PGSQL.\(location.port)", username: location.user,
        password: location.password, database: location.database)
    } else {
      configuration = .init(
        host: location.host, port: location.port, username: location.user,
        password: location.password, database: location.database, tls: try tls())
    }
    configuration.options.connectTimeout = Self.connectTimeout
    return configuration
  }

  /// TLS as libpq's sslmode asks: used when offered, required when asked, and with the
  /// server's certificate checked for verify-ca and verify-full.
  func tls() throws -> PostgresConnection.Configuration.TLS {
    var settings = TLSConfiguration.makeClientConfiguration()
    switch location.tls {
    case .disable: return .disable
    case .prefer, .require: settings.certificateVerification = .none
    case .verifyCA: settings.certificateVerification = .noHostnameVerification
    case .verifyFull: settings.certificateVerification = .fullVerification
    }
    let context = try NIOSSLContext(configuration: settings)
    return location.tls == .prefer ? .prefer(context) : .require(context)
  }

  /// Runs a query and returns its rows, connecting first if need be.
  @discardableResult
  func query(_ query: PostgresQuery, doing what: String) throws -> PostgresQueryResult {
    if !isOpen && !inTransaction { try connect() }
    guard let connection, !connection.isClosed else {
      throw CaseloadError.io(
        path: location.display, operation: what, reason: Self.lostConnection)
    }
    do {
      return try connection.query(query, logger: logger).wait()
    } catch {
      throw PostgresErrors.describe(error, at: location, doing: what)
    }
  }

  /// Starts a transaction on a connection that is open now.
  func begin(doing what: String) throws {
    try query("BEGIN", doing: what)
    inTransaction = true
  }

  /// Commits the transaction; throws when the connection went since BEGIN.
  func commit(doing what: String) throws {
    defer { inTransaction = false }
    try query("COMMIT", doing: what)
  }

  /// Ends a transaction that went wrong; a failure here changes nothing (the server ends it
  /// anyway when the connection goes).
  func rollback() {
    guard inTransaction else { return }
    inTransaction = false
    if isOpen { _ = try? query("ROLLBACK", doing: "roll back") }
  }

  func close() {
    if let connection, !connection.isClosed { try? connection.close().wait() }
    connection = nil
  }
}
