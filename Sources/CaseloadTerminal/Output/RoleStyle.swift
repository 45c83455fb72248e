import CaseloadUI

/// How one style role looks on the terminal: attributes, and a colour when colours are in use.
public struct RoleStyle: Hashable, Sendable {
  /// The foreground colours caseload uses; the background is always the terminal's own.
  public enum Color: Int, Hashable, Sendable, CaseIterable {
    case green = 1
    case yellow
    case red
    case cyan
  }

  public var color: Color?
  public var bold = false
  public var dim = false
  public var reverse = false
  public var underline = false

  public init(
    color: Color? = nil, bold: Bool = false, dim: Bool = false, reverse: Bool = false,
    underline: Bool = false
  ) {
    self.color = color
    self.bold = bold
    self.dim = dim
    self.reverse = reverse
    self.underline = underline
  }

  /// The look of `role`. Without colours every role that carries meaning keeps an attribute
  /// of its own, so warnings still stand out; the screen's words and markers carry the rest.
  public static func style(for role: StyleRole, colors: Bool) -> RoleStyle {
    switch role {
    case .normal: return RoleStyle()
    case .dim: return RoleStyle(dim: true)
    case .selected: return RoleStyle(reverse: true)
    case .ok: return colors ? RoleStyle(color: .green) : RoleStyle()
    case .warn: return colors ? RoleStyle(color: .yellow) : RoleStyle(underline: true)
    case .over: return RoleStyle(color: colors ? .red : nil, bold: true)
    case .header: return RoleStyle(bold: true)
    case .footer: return RoleStyle(reverse: true)
    case .footerDim: return RoleStyle(dim: true, reverse: true)
    case .highlight:
      return colors ? RoleStyle(color: .cyan, bold: true) : RoleStyle(bold: true, underline: true)
    }
  }
}
