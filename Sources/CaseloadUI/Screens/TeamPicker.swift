import CaseloadCore

/// Choose the team whose board to show; your own teams first.
public struct TeamPicker: ScreenModel {
  public var position: ListPosition
  let teams: [Team.ID]

  public init(app: AppState) {
    let all = Array(app.caseload.teams.values)
    let mine = all.filter { $0.managers.contains(app.context.user) }
    let others = all.filter { !$0.managers.contains(app.context.user) }
    teams = (mine + others).map(\.id)
    position = ListPosition(selected: teams.firstIndex(of: app.teamID) ?? 0)
  }

  public var title: String { "Teams" }

  public func bindings(_ app: AppState) -> [KeyBinding] {
    Keymap.move + [KeyBinding([.enter], "Enter", "switch", .open), Keymap.cancel]
  }

  public mutating func perform(_ command: Command, app: inout AppState) -> Outcome {
    switch command {
    case .up, .down, .pageUp, .pageDown, .top, .bottom:
      position.move(by: listStep(command, page: 10), rowCount: teams.count, visibleRows: 10)
      return .stay
    case .open:
      guard let index = position.selected, teams.indices.contains(index) else { return .stay }
      app.teamID = teams[index]
      app.board = BoardScreen()
      app.stack.removeAll()
      return .closed
    case .cancel, .back:
      return .closed
    default:
      return .stay
    }
  }

  public func render(_ app: AppState, into canvas: inout Canvas, rect: Rect) {
    let rows = teams.enumerated().map { index, id -> [TableCell] in
      let team = app.caseload.team(id)
      let summary = try? app.rules.summary(of: id)
      let mine = team?.managers.contains(app.context.user) == true
      return [
        TableCell((index == position.selected ? ">" : " ") + (team?.name ?? id.rawValue)),
        TableCell(id.rawValue, role: .dim),
        TableCell(mine ? "yours" : ""),
        TableCell(summary.map { "\($0.workerCount) workers, \($0.openCases) cases" } ?? ""),
      ]
    }
    Table(
      columns: [
        TableColumn(" Team", width: .fill), TableColumn("Id", width: .fixed(14)),
        TableColumn("", width: .fixed(5)), TableColumn("Size", width: .fixed(24)),
      ], rows: rows, position: position
    ).render(into: &canvas, rect: rect)
  }
}
