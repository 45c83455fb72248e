extension Canvas {
  /// The rows as text with a `{role}` marker wherever the role changes, for tests that check
  /// colours and highlights: `{selected}Ann Lee   {normal}  12`. Each row starts as normal,
  /// and trailing normal spaces are trimmed as in `lines`.
  public var styledText: String {
    (0..<height).map(styledRow).joined(separator: "\n")
  }

  private func styledRow(_ y: Int) -> String {
    var end = width
    while end > 0, self[end - 1, y].role == .normal, self[end - 1, y].text == " " {
      end -= 1
    }
    var row = ""
    var role = StyleRole.normal
    for x in 0..<end {
      let cell = self[x, y]
      if cell.role != role {
        row += "{\(cell.role)}"
        role = cell.role
      }
      row += cell.text
    }
    return row
  }
}
