import CaseloadCore

extension AppState {
  /// Draws the whole screen. Pure: reads state, writes only the returned canvas.
  public func render(width: Int, height: Int, capabilities: TerminalCapabilities) -> Canvas {
    var canvas = Canvas(width: width, height: height, glyphs: Glyphs(capabilities))
    guard Size(width: width, height: height).isBigEnough else {
      renderTooSmall(into: &canvas)
      return canvas
    }
    var state = self
    state.size = Size(width: width, height: height)
    state.draw(into: &canvas)
    return canvas
  }

  private func draw(into canvas: inout Canvas) {
    let context = screenContext
    let layout = context.layout
    renderHeader(into: &canvas)
    let body = layout.body
    top.render(context, into: &canvas, rect: body)
    renderNotice(into: &canvas, y: layout.notice.y)
    Footer(
      bindings(in: context).filter { $0.inFooter && $0.unavailable?.forSession != true }.map {
        FooterItem(
          $0.label, $0.summary, priority: $0.footerPriority, available: $0.unavailable == nil)
      }
    )
    .render(into: &canvas, rect: layout.footer)
    if let question {
      Dialog(
        title: question.title, message: question.message.joined(separator: "\n"),
        choices: [
          DialogChoice(key: "y", label: question.yes), DialogChoice(key: "n", label: question.no),
        ]
      ).render(into: &canvas, area: body)
    }
  }

  /// Header: product, team, date, user, READ-ONLY, and where we are.
  private func renderHeader(into canvas: inout Canvas) {
    canvas.fill(Rect(x: 0, y: 0, width: canvas.width, height: 1), role: .header)
    var left = "caseload \(canvas.glyphs == .ascii ? "|" : "│") \(team?.name ?? teamID.rawValue)"
    if !stack.path.isEmpty { left += " \(canvas.glyphs.arrow) \(top.title)" }
    var right = "\(Self.weekday(context.today)) \(context.today)  \(context.user)"
    if context.readOnly || storeProblem != nil { right += "  READ-ONLY" }
    let rightWidth = right.displayWidth
    canvas.put(left, x: 0, y: 0, role: .header, width: max(0, canvas.width - rightWidth - 1))
    canvas.put(right, x: canvas.width - rightWidth, y: 0, role: .header)
  }

  private func renderNotice(into canvas: inout Canvas, y: Int) {
    guard let notice else { return }
    let role: StyleRole
    let prefix: String
    switch notice.kind {
    case .info: (role, prefix) = (.normal, "")
    case .warning: (role, prefix) = (.warn, "! ")
    case .error: (role, prefix) = (.over, "!! ")
    }
    canvas.put(prefix + notice.text, x: 0, y: y, role: role, width: canvas.width)
  }

  private func renderTooSmall(into canvas: inout Canvas) {
    let lines = wordWrap(
      "Make the window at least \(Size.minimum.width)x\(Size.minimum.height) "
        + "(it is \(canvas.width)x\(canvas.height)). q quits.",
      width: max(1, canvas.width))
    let top = max(0, (canvas.height - lines.count) / 2)
    for (index, line) in lines.enumerated() {
      canvas.put(
        line, x: max(0, (canvas.width - line.displayWidth) / 2), y: top + index, role: .warn)
    }
  }

  static func weekday(_ day: Day) -> String {
    ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][day.weekday - 1]
  }
}
