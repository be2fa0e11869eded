import TerminalUI

/// Draws the whole screen for `state` at its terminal size.
public func render(_ state: WizardState) -> Frame {
  render(state, size: (state.columns, state.rows))
}

/// Draws the whole screen for `state` into a grid of `size`. Pure: the same
/// state always gives the same frame (goldens compare them as text).
public func render(_ state: WizardState, size: (columns: Int, rows: Int)) -> Frame {
  var grid = TextGrid(width: size.columns, height: size.rows)
  if size.columns < WizardState.minimumColumns || size.rows < WizardState.minimumRows {
    DialogViews.drawTooSmall(state, into: &grid)
    return Frame(grid: grid)
  }
  var cursor: (row: Int, column: Int)?
  var hyperlinks: [Hyperlink] = []
  if case .help(let offset) = state.overlay {
    HelpScreen.draw(state, offset: offset, into: &grid)
    return Frame(grid: grid)
  }
  if let list = state.resumeList {
    ResumeScreen.draw(state, list: list, into: &grid)
  } else if let fix = state.fixUp, fix.showsSummary {
    FixScreen.draw(state, fix: fix, into: &grid)
  } else {
    switch state.screen {
    case .step: cursor = StepScreen.draw(state, into: &grid)
    case .review: ReviewScreen.draw(state, into: &grid)
    case .submitting: SubmittingScreen.draw(state, into: &grid)
    case .result: hyperlinks = ResultScreen.draw(state, into: &grid)
    }
  }
  switch state.overlay {
  case .quitConfirm:
    DialogViews.drawQuitConfirm(state, into: &grid)
    cursor = nil
  case .scenarios(let highlighted):
    DialogViews.drawScenarios(state, highlighted: highlighted, into: &grid)
    cursor = nil
  case .help, .none:
    break
  }
  return Frame(grid: grid, cursor: cursor, hyperlinks: state.overlay == nil ? hyperlinks : [])
}
