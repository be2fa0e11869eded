import KYCForm

/// Maps a CSV header row onto the form's fields. A header may be the field's
/// key as `validate` and `submit` bodies use it (`birth_date`, dotted for
/// nested fields: `document.front_image`), or its label in English or
/// Spanish ("Date of birth", "Fecha de nacimiento"); case, accents and
/// repeated spaces do not matter.
public struct BatchHeaders: Sendable {
  /// The field of each column, in column order.
  public let fields: [FieldID]

  /// A header row that cannot be used, naming the column.
  public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The column (1-based).
    public var column: Int
    /// The header as written.
    public var header: String
    /// What is wrong.
    public var message: String
    /// `unknown_column`, `duplicate_column`, `empty_column`.
    public var code: String

    /// "column 4 \"Fecha nac\": not a Kira field key or label [unknown_column]".
    public var description: String {
      "column \(column) \"\(header)\": \(message) [\(code)]"
    }
  }

  /// Reads a header row.
  /// - Throws: the problems found (every column is checked), in column order.
  public init(_ headers: [String], form: OnboardingForm = .individual) throws(BatchInputError) {
    let lookup = Self.lookup(form)
    var fields: [FieldID] = []
    var problems: [Problem] = []
    var firstColumn: [FieldID: Int] = [:]
    for (index, header) in headers.enumerated() {
      let column = index + 1
      let key = Self.fold(header)
      guard !key.isEmpty else {
        problems.append(
          Problem(column: column, header: header, message: "the header is empty", code: "empty_column"))
        continue
      }
      guard let field = lookup[key] else {
        problems.append(
          Problem(
            column: column, header: header,
            message: "not a Kira field key or label\(Self.suggestion(for: key, form: form))",
            code: "unknown_column"))
        continue
      }
      if let earlier = firstColumn[field] {
        problems.append(
          Problem(
            column: column, header: header,
            message: "column \(earlier) is already \(field.rawValue)", code: "duplicate_column"))
        continue
      }
      firstColumn[field] = column
      fields.append(field)
    }
    guard problems.isEmpty else { throw .headers(problems) }
    self.fields = fields
  }

  /// Every spelling a header may take, folded, mapped to its field.
  static func lookup(_ form: OnboardingForm) -> [String: FieldID] {
    var table: [String: FieldID] = [:]
    for field in form.fields {
      for spelling in [field.id.rawValue, field.apiPath, field.label, field.spanishLabel] {
        let key = fold(spelling)
        if table[key] == nil { table[key] = field.id }
      }
    }
    return table
  }

  /// Lower-cased, accents removed, spaces trimmed and collapsed.
  static func fold(_ header: String) -> String {
    TextFolding.fold(header).split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// "; did you mean `birth_date`?" for a header close to a key or label.
  private static func suggestion(for key: String, form: OnboardingForm) -> String {
    var best: (name: String, distance: Int)?
    for field in form.fields {
      for spelling in [field.id.rawValue, field.label, field.spanishLabel] {
        let distance = editDistance(key, fold(spelling))
        if distance <= max(2, key.count / 4), distance < (best?.distance ?? .max) {
          best = (spelling, distance)
        }
      }
    }
    return best.map { "; did you mean \"\($0.name)\"?" } ?? ""
  }

  private static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}
