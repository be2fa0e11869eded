import Foundation
import KYCForm
import TerminalUI

/// A step of the form: one line per field (label, value), each left-invalid
/// field's errors under it, and the focused field's hint on a fixed line
/// above the status line (so moving between fields redraws little).
enum StepScreen {
  /// One line of the step body.
  enum Line {
    /// The field's label and value.
    case field(FieldDefinition)
    /// A hint, an error, a warning or a "Kira says" line.
    case note(String, Style)
  }

  /// Where the field lines and their value boxes go.
  struct Layout {
    /// Column of labels.
    let labelColumn = 3
    /// Column of value boxes.
    let valueColumn: Int
    /// Width of value boxes.
    let valueWidth: Int

    init(state: WizardState, width: Int) {
      let longest = state.visibleFields.map { DisplayWidth.of(state.label(of: $0)) + 2 }.max() ?? 10
      valueColumn = 3 + min(max(longest, 16), 30) + 2
      valueWidth = max(10, width - valueColumn - 2)
    }
  }

  /// Narrowest focused value box, in columns.
  static let focusedBoxWidth = 16

  static func draw(_ state: WizardState, into grid: inout TextGrid) -> (row: Int, column: Int)? {
    let step = state.currentStep
    let field = state.focusedDefinition
    let statusLeft = field.map { "\($0.id.rawValue) · \(state.ruleSummary(of: $0))" }
    ScreenChrome.draw(
      state, title: "\(state.stepIndex + 1) · \(state.title(of: step))", titleNote: state.text(.required),
      statusLeft: statusLeft, hint: field.map { "› " + hintLine(for: $0, in: state) }, into: &grid)
    let layout = Layout(state: state, width: grid.width)
    let (lines, focusedRange) = buildLines(state, layout: layout)
    let top = ScreenChrome.bodyTop
    let height = ScreenChrome.bodyBottom(height: grid.height) - top + 1
    var offset = 0
    if let focusedRange, focusedRange.upperBound > height {
      offset = focusedRange.upperBound - height
    }
    var cursor: (row: Int, column: Int)?
    var focusedRow: Int?
    for (index, line) in lines.enumerated() where index >= offset && index - offset < height {
      let row = top + index - offset
      switch line {
      case .field(let definition):
        if let position = drawField(definition, state: state, layout: layout, row: row, into: &grid) {
          cursor = position
          focusedRow = row
        }
      case .note(let text, let style):
        grid.write(text, row: row, column: layout.labelColumn + 2, style: style)
      }
    }
    if offset > 0 { ScreenChrome.drawMoreAbove(state, into: &grid) }
    if lines.count - offset > height {
      ScreenChrome.drawMoreBelow(state, into: &grid)
    }
    if let popup = state.popup, let focusedRow {
      ChoicePopupView.draw(
        popup, state: state, anchorRow: focusedRow, column: layout.valueColumn, into: &grid)
    }
    return cursor
  }

  /// The body lines, and the range of lines that belong to the focused field.
  static func buildLines(_ state: WizardState, layout: Layout) -> ([Line], Range<Int>?) {
    var lines: [Line] = []
    var focusedRange: Range<Int>?
    for field in state.visibleFields {
      let start = lines.count
      lines.append(.field(field))
      let isFocused = field.id == state.focusedField
      for issue in state.issues[field.id] ?? [] {
        let mark = issue.severity == .error ? "✗ " : "! "
        lines.append(.note(mark + state.message(of: issue), issue.severity == .error ? .error : .warning))
      }
      for text in state.kiraIssues[field.id] ?? [] {
        lines.append(.note(state.text(.kiraSays(text)), .kiraError))
      }
      if isFocused { focusedRange = start..<lines.count }
    }
    if state.currentStep.id == .document {
      let budget = DocumentBudget(inspected: state.fileInfo, visible: state.visibleFields.map(\.id))
      lines.append(.note("", .plain))
      lines.append(
        .note(state.summary(of: budget) + " · " + state.text(.sizesAsSent), budget.isOver ? .error : .hint))
    }
    return (lines, focusedRange)
  }

  /// Draws one field line; returns the cursor position when it is focused.
  static func drawField(
    _ field: FieldDefinition, state: WizardState, layout: Layout, row: Int, into grid: inout TextGrid
  ) -> (row: Int, column: Int)? {
    let isFocused = field.id == state.focusedField
    let required = field.isRequired(in: state.values) || field.requirement == .required
    let label = state.label(of: field) + (required ? " *" : "")
    if isFocused { grid.put("›", row: row, column: 1, style: .focused) }
    grid.write(label, row: row, column: layout.labelColumn, style: .label, maxColumns: layout.valueColumn - 4)
    if isFocused {
      if case .yesNo = field.kind {
        grid.fill(row: row, column: layout.valueColumn, columns: focusedBoxWidth, style: .focused)
        let answer = state.editor.text.isEmpty ? "" : state.editor.text
        grid.put(answer, row: row, column: layout.valueColumn, style: .focused)
        grid.write(
          state.text(.yesNoKeys), row: row, column: layout.valueColumn + focusedBoxWidth + 2, style: .hint)
        return (row, layout.valueColumn + DisplayWidth.of(answer))
      }
      if case .secret = field.kind, !state.editor.isEmpty, state.editor.text == state.values[field.id] {
        // A stored secret stays masked when the field is revisited, until it is edited.
        let masked = Masking.secret(state.editor.text)
        grid.fill(row: row, column: layout.valueColumn, columns: focusedBoxWidth, style: .focused)
        let used = grid.put(masked, row: row, column: layout.valueColumn, style: .focused)
        return (row, layout.valueColumn + used)
      }
      // A text field with a limit counts its characters at the end of its
      // line ("42/70"); the box leaves room for the counter.
      let counter = field.kind == .text ? field.maxLength.map { "\(state.editor.count)/\($0)" } : nil
      let valueWidth = layout.valueWidth - (counter.map { DisplayWidth.of($0) + 2 } ?? 0)
      let slice = state.editor.visibleSlice(width: valueWidth)
      // The focused box grows with its text (at least `focusedBoxWidth`), so
      // moving the focus repaints little.
      let boxWidth = min(valueWidth, max(focusedBoxWidth, DisplayWidth.of(slice.text) + 1))
      grid.fill(row: row, column: layout.valueColumn, columns: layout.valueWidth, style: .plain)
      if let counter {
        let overLimit = state.editor.count > (field.maxLength ?? .max)
        grid.writeRightAligned(
          counter, row: row, endColumn: layout.valueColumn + layout.valueWidth,
          style: overLimit ? .error : .hint)
      }
      grid.fill(row: row, column: layout.valueColumn, columns: boxWidth, style: .focused)
      // A selected value (a list field just entered) shows it will be replaced.
      grid.put(
        slice.text, row: row, column: layout.valueColumn,
        style: state.editor.isSelected ? .selection : .focused)
      // A code typed in a list field: say what it stands for ("MEX" -> "México (MEX)").
      if state.popup == nil,
        let meaning = listMeaning(of: field, text: state.editor.text, in: state),
        boxWidth + 12 <= layout.valueWidth
      {
        grid.write(
          meaning, row: row, column: layout.valueColumn + boxWidth + 2, style: .hint,
          maxColumns: layout.valueWidth - boxWidth - 2)
      }
      return (row, layout.valueColumn + slice.cursorColumn)
    }
    let value = displayText(of: field, in: state, width: layout.valueWidth)
    grid.write(value, row: row, column: layout.valueColumn, style: .input, maxColumns: layout.valueWidth)
    return nil
  }

  /// The focused field's hint; for the phone, once the text is a valid
  /// number, what it is read as ("read as +52 55 1234 5678 · Mexico · fixed
  /// or mobile"), on the hint line's full width.
  static func hintLine(for field: FieldDefinition, in state: WizardState) -> String {
    if field.id == .phone, state.focusedField == .phone, state.popup == nil,
      case .success(let number) = PhoneNumberParser.parse(
        state.editor.text, defaultRegion: state.values.phoneHomeCountry)
    {
      return state.text(.readAs(state.summary(of: number)))
    }
    return state.hint(of: field)
  }

  /// The option or country a list field's text stands for, when it is one exactly.
  static func listMeaning(of field: FieldDefinition, text: String, in state: WizardState) -> String? {
    let trimmed = text.trimmedWhitespace
    guard !trimmed.isEmpty else { return nil }
    switch field.kind {
    case .country:
      return Countries.byAlpha3(trimmed).map { "= " + state.displayName(of: $0) }
    case .subdivision:
      return state.form.subdivisions.subdivisions(of: state.values[.addressCountry])
        .first { $0.code == trimmed }.map { "= " + $0.displayName }
    case .choice(let options):
      guard let option = options.first(where: { $0.value == trimmed }),
        option.label(in: state.language.rawValue) != option.value
      else {
        return nil
      }
      return "= " + option.label(in: state.language.rawValue)
    case .date:
      // How a date not written as YYYY-MM-DD was read: "15/05/1990" -> "= 15 May 1990".
      let stored = state.form.normalized(trimmed, for: field.id)
      guard stored != trimmed, case .success(let date) = CalendarDate.parse(stored) else { return nil }
      return state.text(.dateMeaning(day: date.day, month: date.month, year: date.year))
    default:
      return nil
    }
  }

  /// What an unfocused field shows: country names, choice labels, masked
  /// secrets, and a file's type and size once inspected (a long path loses
  /// its start, not its name, to fit `width`).
  static func displayText(of field: FieldDefinition, in state: WizardState, width: Int = .max) -> String {
    let value = state.values[field.id]
    if case .file = field.kind, !value.isEmpty {
      guard let info = state.fileInfo[field.id] else { return value }
      let name = DocumentFiles.isDataURI(value) ? state.text(.embeddedImage) : value
      let suffix = " (\(info.format.rawValue.uppercased()), \(ScreenChrome.formatBytes(info.byteCount)))"
      let room = width - DisplayWidth.of(suffix)
      guard DisplayWidth.of(name) > room, room > 8 else { return name + suffix }
      var kept = ""
      for character in name.reversed() {
        if DisplayWidth.of(kept) + DisplayWidth.of(character) + 1 > room { break }
        kept.insert(character, at: kept.startIndex)
      }
      return "…" + kept + suffix
    }
    return state.displayValue(of: field.id)
  }
}
