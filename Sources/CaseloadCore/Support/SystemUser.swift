import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The OS user running caseload, as recorded in every change.
public enum SystemUser {
  /// The login name of the effective user; the numeric uid if the name cannot be found.
  public static var current: String {
    let uid = geteuid()
    guard let entry = getpwuid(uid), let name = entry.pointee.pw_name else { return "uid\(uid)" }
    return String(cString: name)
  }
}
