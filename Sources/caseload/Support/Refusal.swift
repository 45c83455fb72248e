/// An operation the rules refused, with a one-line reason (exit code 1).
struct Refusal: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
