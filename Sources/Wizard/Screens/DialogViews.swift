import TerminalUI

/// The quit confirmation and the demo scenario menu: boxes over the screen.
enum DialogViews {
  static func drawQuitConfirm(_ state: WizardState, into grid: inout TextGrid) {
    let width = min(60, grid.width - 4)
    let height = 7
    let column = (grid.width - width) / 2
    let row = max(ScreenChrome.bodyTop, (grid.height - height) / 2)
    grid.drawBox(row: row, column: column, width: width, height: height, title: state.text(.quitTitle))
    let reason =
      state.screen == .submitting
      ? [state.text(.quitInFlight), state.text(.quitInFlightOutcome)]
      : [state.text(.quitNotSubmitted), state.text(.quitWillBeLost)]
    grid.write(reason[0], row: row + 1, column: column + 3, maxColumns: width - 6)
    grid.write(reason[1], row: row + 2, column: column + 3, maxColumns: width - 6)
    grid.write("y", row: row + 4, column: column + 3, style: .focused)
    grid.write(state.text(.quitChoice), row: row + 4, column: column + 5)
    grid.write("n, Esc", row: row + 4, column: column + 16, style: .focused)
    grid.write(state.text(.stayChoice), row: row + 4, column: column + 23)
  }

  static func drawScenarios(_ state: WizardState, highlighted: Int, into grid: inout TextGrid) {
    let scenarios = DemoScenario.all
    let width = min(72, grid.width - 4)
    let height = scenarios.count + 7
    let column = (grid.width - width) / 2
    let row = ScreenChrome.bodyTop
    grid.drawBox(row: row, column: column, width: width, height: height, title: state.text(.scenariosTitle))
    grid.write(
      state.text(.scenariosHint), row: row + 1, column: column + 2,
      style: .hint, maxColumns: width - 4)
    for (index, scenario) in scenarios.enumerated() {
      let line = row + 2 + index
      let isHighlighted = index == highlighted
      let style: Style = isHighlighted ? .selection : .plain
      if isHighlighted { grid.fill(row: line, column: column + 1, columns: width - 2, style: .selection) }
      grid.put(isHighlighted ? "›" : " ", row: line, column: column + 1, style: style)
      grid.write(
        state.title(of: scenario), row: line, column: column + 3, style: style, maxColumns: width - 5)
    }
    if scenarios.indices.contains(highlighted) {
      // The summary says what the scenario triggers: two lines, never cut.
      let summary = TextWrapping.lines(state.summary(of: scenarios[highlighted]), columns: width - 4)
      for (index, text) in summary.prefix(2).enumerated() {
        grid.write(
          text, row: row + height - 4 + index, column: column + 2, style: .hint, maxColumns: width - 4)
      }
    }
  }

  static func drawTooSmall(_ state: WizardState, into grid: inout TextGrid) {
    let lines = [
      state.text(.tooSmallTitle),
      "",
      state.text(.tooSmallNeeds(columns: WizardState.minimumColumns, rows: WizardState.minimumRows)),
      state.text(.tooSmallThisOne(columns: grid.width, rows: grid.height)),
      "",
      state.text(.tooSmallEnlarge),
      state.text(.tooSmallQuit),
    ]
    let top = max(0, (grid.height - lines.count) / 2)
    for (index, text) in lines.enumerated() where top + index < grid.height {
      grid.writeCentered(text, row: top + index, style: index == 0 ? .error : .plain)
    }
    if state.overlay == .quitConfirm, top + lines.count + 1 < grid.height {
      grid.writeCentered(state.text(.tooSmallQuitQuestion), row: top + lines.count + 1, style: .warning)
    }
  }
}
