extension RecordID {
  /// A fresh, practically unique record id such as `N-7QK2M9XD4T` (prefix says what it is).
  public static func new(_ prefix: String) -> RecordID {
    // Crockford base 32: no I, L, O or U, so ids read aloud and copied by hand stay unambiguous.
    let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    var generator = SystemRandomNumberGenerator()
    let body = String((0..<10).map { _ in alphabet[Int(generator.next() % 32)] })
    return RecordID(rawValue: "\(prefix)-\(body)")
  }
}
