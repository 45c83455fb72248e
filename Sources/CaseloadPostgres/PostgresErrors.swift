import CaseloadCore
import NIOCore
import PostgresNIO

/// What went wrong with the server, in one line for the person at the keyboard.
enum PostgresErrors {
  /// The SQLSTATE codes the store tells apart.
  enum State: String {
    case invalidPassword = "28P01"
    case invalidAuthorization = "28000"
    case databaseMissing = "3D000"
    case permissionDenied = "42501"
    case tableMissing = "42P01"
    case uniqueViolation = "23505"
  }

  static func state(of error: any Error) -> State? {
    (error as? PSQLError)?.serverInfo?[.sqlState].flatMap(State.init(rawValue:))
  }

  /// True when the connection itself failed (down, dropped, closed), so the outcome of what
  /// was being sent is unknown.
  static func isConnectionLost(_ error: any Error) -> Bool {
    if let error = error as? PSQLError {
      return [.serverClosedConnection, .connectionError, .uncleanShutdown, .clientClosedConnection]
        .contains(error.code)
    }
    return error is ChannelError || error is IOError
  }

  static func describe(_ error: any Error, at location: PostgresLocation, doing what: String)
    -> CaseloadError
  {
    if let known = error as? CaseloadError { return known }
    let place = location.display
    switch state(of: error) {
    case .invalidPassword, .invalidAuthorization:
      return .refused(
        "PostgreSQL refused the login of \(location.user) to \(place); set the password in"
          + " PGPASSWORD or ~/.pgpass (mode 0600)")
    case .databaseMissing:
      return .notFound(
        "there is no database \(location.database) on \(location.host):\(location.port);"
          + " create it (createdb \(location.database)), then: caseload init \(place)")
    case .permissionDenied:
      return .refused(
        "the role \(location.user) may not \(what) in \(place): ask the database's owner to grant"
          + " it (see \"Running on PostgreSQL\" in the README)")
    case .tableMissing:
      return .notFound("\(place) holds no caseload store; make one with: caseload init \(place)")
    default:
      break
    }
    if let psql = error as? PSQLError, psql.code == .server {
      let message = psql.serverInfo?[.message] ?? "an error"
      return .io(path: place, operation: what, reason: "the server said: \(message)")
    }
    if let psql = error as? PSQLError, psql.code == .sslUnsupported {
      return .refused(
        "\(place) does not offer TLS, and sslmode=\(location.tls.rawValue) requires it")
    }
    let detail = short(error)
    if detail.contains("handshakeFailed") || detail.contains("unableToValidateCertificate") {
      return .refused(
        "the TLS handshake with \(location.host):\(location.port) failed"
          + (location.tls == .verifyCA || location.tls == .verifyFull
            ? ": its certificate is not signed by an authority this machine trusts, or does not"
              + " name the host (sslmode=\(location.tls.rawValue))" : "")
          + " (\(detail))")
    }
    if isConnectionLost(error) || "\(error)".contains("onnect") {
      return .io(
        path: place, operation: what,
        reason: "cannot reach the PostgreSQL server at \(location.host):\(location.port)"
          + " (\(Self.short(error))); is it running?")
    }
    return .io(path: place, operation: what, reason: short(error))
  }

  /// An error's text on one line, cut to a sensible length: for a connection failure, what
  /// the system said (PSQLError's own text is kept generic on purpose).
  static func short(_ error: any Error) -> String {
    if let psql = error as? PSQLError, let underlying = psql.underlying { return short(underlying) }
    if let psql = error as? PSQLError { return "\(psql.code)" }
    let text = "\(error)".split(whereSeparator: \.isNewline).first.map(String.init) ?? "\(error)"
    return String(text.prefix(160))
  }
}
