import CaseloadCore

extension FormScreen {
  /// The column the inputs start at, after the longest label.
  static let labelWidth = 15
  /// The width of a text input; what is typed scrolls inside it.
  static let inputWidth = 24

  public func render(_ context: ScreenContext, into canvas: inout Canvas, rect: Rect) {
    canvas.put(kind.heading(context), x: rect.x, y: rect.y, role: .highlight, width: rect.width)
    if !kind.exists(in: context.caseload) {
      canvas.put(
        "What this form is for is no longer in the store: Esc to leave.", x: rect.x,
        y: rect.y + 1, role: .warn, width: rect.width)
    }
    let inputX = rect.x + 2 + Self.labelWidth
    let messageX = inputX + Self.inputWidth + 3
    for (index, field) in fields.enumerated() {
      let y = rect.y + 2 + index
      guard y < rect.maxY else { break }
      let isFocused = index == focus
      canvas.put(
        (isFocused ? "> " : "  ") + field.label, x: rect.x, y: y,
        role: isFocused ? .header : .normal, width: Self.labelWidth + 2)
      if field.isChoice {
        let label =
          field.choices.indices.contains(field.chosen) ? field.choices[field.chosen].label : ""
        canvas.put(
          "< \(label) >", x: inputX, y: y, role: isFocused ? .selected : .normal,
          width: Self.inputWidth + 2)
        if isFocused { canvas.cursor = (inputX, y) }
      } else {
        var prompt = field.prompt
        prompt.resize(width: Self.inputWidth)
        canvas.put("[", x: inputX, y: y, role: .dim)
        prompt.render(
          into: &canvas, rect: Rect(x: inputX + 1, y: y, width: Self.inputWidth, height: 1),
          focused: isFocused, role: .highlight)
        canvas.put("]", x: inputX + 1 + Self.inputWidth, y: y, role: .dim)
      }
      let problem = field.problem(today: context.today)
      let edited = field.value != (opened[field.key] ?? "")
      // A field left empty says what it needs only once the user has been to it or saves.
      let showProblem = problem != nil && (edited || isFocused || !field.value.isEmpty)
      let message = showProblem ? "! " + (problem ?? "") : field.hint
      canvas.put(
        message, x: messageX, y: y, role: showProblem ? .over : .dim,
        width: max(0, rect.maxX - messageX))
    }
    var y = rect.y + 3 + fields.count
    // The focused field's message whole, in case it is cut short beside the field.
    if let field = focused, let problem = field.problem(today: context.today),
      field.value != (opened[field.key] ?? "") || !field.value.isEmpty
    {
      for line in wordWrap("\(field.label): \(problem)", width: rect.width) where y < rect.maxY {
        canvas.put(line, x: rect.x, y: y, role: .over, width: rect.width)
        y += 1
      }
    }
    if y < rect.maxY {
      canvas.put(
        "Tab or Up/Down move between fields, Left/Right choose, Ctrl-S saves, Esc leaves.",
        x: rect.x, y: y, role: .dim, width: rect.width)
    }
  }
}
