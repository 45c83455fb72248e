/// The characters widgets draw lines, bars and markers with: Unicode, or plain ASCII for
/// terminals that cannot draw lines.
public struct Glyphs: Hashable, Sendable {
  public var horizontal: String
  public var vertical: String
  public var topLeft: String
  public var topRight: String
  public var bottomLeft: String
  public var bottomRight: String
  public var barFull: String
  public var barEmpty: String
  /// The last cell of a bar whose value goes past its end.
  public var barOverflow: String
  /// Marks text cut short to fit.
  public var ellipsis: String
  /// Points from before to after; two cells (`->`) in ASCII.
  public var arrow: String
  /// Marks a row picked for a bulk action (a case marked with Space).
  public var mark: String

  public static let unicode = Glyphs(
    horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└",
    bottomRight: "┘", barFull: "█", barEmpty: "░",
    barOverflow: "►", ellipsis: "…", arrow: "→", mark: "●")

  public static let ascii = Glyphs(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+",
    bottomRight: "+", barFull: "#", barEmpty: ".",
    barOverflow: ">", ellipsis: "~", arrow: "->", mark: "*")

  /// The glyphs a terminal with these capabilities can draw.
  public init(_ capabilities: TerminalCapabilities) {
    self = capabilities.unicode ? .unicode : .ascii
  }

  public init(
    horizontal: String, vertical: String, topLeft: String, topRight: String,
    bottomLeft: String, bottomRight: String, barFull: String, barEmpty: String,
    barOverflow: String, ellipsis: String, arrow: String, mark: String
  ) {
    self.horizontal = horizontal
    self.vertical = vertical
    self.topLeft = topLeft
    self.topRight = topRight
    self.bottomLeft = bottomLeft
    self.bottomRight = bottomRight
    self.barFull = barFull
    self.barEmpty = barEmpty
    self.barOverflow = barOverflow
    self.ellipsis = ellipsis
    self.arrow = arrow
    self.mark = mark
  }
}
