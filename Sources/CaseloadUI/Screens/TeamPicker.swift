import CaseloadCore

/// Choose the team whose board to show; your own teams first.
public struct TeamPicker: ScreenModel {
  public var position: ListPosition
  let teams: [Team.ID]

  public init(_ context: ScreenContext) {
    let all = Array(context.caseload.teams.values)
    let mine = all.filter { $0.managers.contains(context.user) }
    let others = all.filter { !$0.managers.contains(context.user) }
    teams = (mine + others).map(\.id)
    position = ListPosition(selected: teams.firstIndex(of: context.teamID) ?? 0)
  }

  public var title: String { "Teams" }

  public func bindings(_ context: ScreenContext) -> [KeyBinding] {
    Keymap.move + [KeyBinding([.enter], "Enter", "switch", .open), Keymap.newTeam, Keymap.cancel]
  }

  public mutating func perform(_ intent: KeyIntent, _ context: ScreenContext) -> Outcome {
    let rows = Table.visibleRows(height: context.body.height)
    if position.move(intent, rowCount: teams.count, visibleRows: rows) { return .none }
    switch intent {
    case .open:
      guard let index = position.selected, teams.indices.contains(index) else { return .none }
      return .switchTeam(teams[index])
    case .newTeam:
      return .replace(with: .form(FormScreen(.newTeam, context)))
    case .cancel, .back:
      return .pop
    default:
      return .none
    }
  }

  public func render(_ context: ScreenContext, into canvas: inout Canvas, rect: Rect) {
    let rows = teams.map { id -> [TableCell] in
      let team = context.caseload.team(id)
      let summary = try? context.rules.summary(of: id)
      let mine = team?.managers.contains(context.user) == true
      return [
        TableCell(team?.name ?? id.rawValue),
        TableCell(id.rawValue, role: .dim),
        TableCell(mine ? "yours" : ""),
        TableCell(summary.map { "\($0.workerCount) workers, \($0.openCases) cases" } ?? ""),
      ]
    }
    Table(
      columns: [
        TableColumn("Team", width: .fill), TableColumn("Id", width: .fixed(14)),
        TableColumn("", width: .fixed(5)), TableColumn("Size", width: .fixed(24)),
      ], rows: rows, position: position
    ).render(into: &canvas, rect: rect)
  }
}
