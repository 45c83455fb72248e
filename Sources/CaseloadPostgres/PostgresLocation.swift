import CaseloadCore
import Foundation

/// Where a PostgreSQL store is and how to reach it, from `postgres://USER@HOST[:PORT]/DATABASE`
/// (or `postgresql://`) and libpq's conventions: the password only from `PGPASSWORD` or
/// `~/.pgpass` (never the command line), TLS from `sslmode` or `PGSSLMODE`.
public struct PostgresLocation: Hashable, Sendable {
  /// How much TLS the connection needs, as libpq's `sslmode` says it.
  public enum TLSMode: String, Hashable, Sendable, CaseIterable {
    /// Never.
    case disable
    /// Used when the server offers it (libpq's `allow` and `prefer`; `prefer` is the default).
    case prefer
    /// Refused unless the connection is encrypted (`require`; `verify-ca` and `verify-full`
    /// also check the server's certificate).
    case require
    case verifyCA = "verify-ca"
    case verifyFull = "verify-full"
  }

  public var user: String
  /// A host name or address, or a folder holding the server's Unix socket.
  public var host: String
  public var port: Int
  public var database: String
  public var password: String?
  public var tls: TLSMode

  /// True for a `postgres://` or `postgresql://` address, which this store takes.
  public static func isAddress(_ text: String) -> Bool {
    text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
  }

  /// The address without a password, for messages and for telling stores apart.
  public var display: String {
    let server = host.hasPrefix("/") ? "[\(host)]" : host
    return "postgres://\(user)@\(server):\(port)/\(database)"
  }

  /// Reads an address and the environment (`PGPASSWORD`, `PGSSLMODE`, `PGPASSFILE`, `HOME`).
  public init(_ address: String, environment: [String: String]) throws {
    guard Self.isAddress(address) else {
      throw CaseloadError.refused("'\(address.prefix(60))' is not a postgres:// address")
    }
    guard let parts = URLComponents(string: address), parts.scheme != nil else {
      // Not echoed: a mistyped address may hold a password.
      throw CaseloadError.refused(
        "the postgres:// address cannot be read; write postgres://USER@HOST:PORT/DATABASE")
    }
    if parts.password != nil {
      throw CaseloadError.refused(
        "the address holds a password, which would show in the process list and shell history;"
          + " put it in PGPASSWORD or ~/.pgpass (mode 0600) instead")
    }
    let query = Dictionary(
      (parts.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
    let host = query["host"] ?? parts.host.flatMap { $0.removingPercentEncoding } ?? "localhost"
    guard let user = parts.user?.removingPercentEncoding ?? environment["PGUSER"], !user.isEmpty
    else {
      throw CaseloadError.refused(
        "the address names no user; write postgres://USER@\(host.isEmpty ? "HOST" : host)/DATABASE")
    }
    let database = String(parts.path.drop { $0 == "/" }).removingPercentEncoding ?? ""
    guard !database.isEmpty, !database.contains("/") else {
      throw CaseloadError.refused(
        "the address names no database; write postgres://\(user)@\(host)/DATABASE")
    }
    let port = parts.port ?? Int(query["port"] ?? "") ?? 5432
    guard (1...65535).contains(port) else {
      throw CaseloadError.refused("port \(port) is not a TCP port (1 to 65535)")
    }
    let modeText = query["sslmode"] ?? environment["PGSSLMODE"] ?? "prefer"
    let mode: TLSMode
    switch modeText {
    case "allow", "prefer": mode = .prefer
    default:
      guard let known = TLSMode(rawValue: modeText) else {
        throw CaseloadError.refused(
          "sslmode '\(modeText.prefix(20))' is not one of disable, allow, prefer, require,"
            + " verify-ca, verify-full")
      }
      mode = known
    }
    self.user = user
    self.host = host
    self.port = port
    self.database = database
    tls = mode
    password =
      try environment["PGPASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
      ?? PassFile.password(
        host: host, port: port, database: database, user: user, environment: environment)
  }
}

/// `~/.pgpass` (or `PGPASSFILE`): `host:port:database:user:password` lines, `*` matching
/// anything, read only when the file is closed to other users, as libpq insists.
enum PassFile {
  static func password(
    host: String, port: Int, database: String, user: String, environment: [String: String]
  ) throws -> String? {
    let path =
      environment["PGPASSFILE"]
      ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.pgpass")
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    guard status.st_mode & S_IFMT == S_IFREG else { return nil }
    if status.st_mode & 0o077 != 0 {
      throw CaseloadError.refused(
        "\(path) can be read by other users, so it is not used; run: chmod 0600 '\(path)'")
    }
    guard status.st_size < 1 << 20, let text = try? String(contentsOfFile: path, encoding: .utf8)
    else { return nil }
    for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
      let fields = Self.fields(of: Substring(line))
      guard fields.count == 5 else { continue }
      let wanted = [host, String(port), database, user]
      if zip(fields, wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
    }
    return nil
  }

  /// A line's five fields, with `\:` and `\\` read as libpq reads them.
  static func fields(of line: Substring) -> [String] {
    var fields: [String] = [""]
    var escaped = false
    for character in line {
      if escaped {
        fields[fields.count - 1].append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == ":", fields.count < 5 {
        fields.append("")
      } else {
        fields[fields.count - 1].append(character)
      }
    }
    return fields
  }
}
