import Foundation

/// Filters the options of a choice field by what the operator typed.
public enum ChoiceFilter {
  /// The options whose value or label (English or Spanish) contains `query`
  /// (folded: case- and accent-insensitive, `_` read as a space). An option
  /// named exactly so comes first, then those with a name that starts with
  /// the query; otherwise the original order is kept.
  /// An empty query returns every option.
  ///
  /// When every option is a numeric band (`less_than_10000`, `1_to_10`,
  /// `1000000_or_more`, `more_than_200`) and the query is a number
  /// (`5000`, `5,000`, `5.000`, `$20`), the result is the band that holds
  /// the number: never the bands whose label merely contains its digits.
  public static func filter(_ options: [ChoiceOption], query: String) -> [ChoiceOption] {
    let needle = normalize(query).trimmedWhitespace
    if needle.isEmpty { return options }
    if let amount = NumericBand.amount(in: query) {
      let bands = options.compactMap { option in NumericBand(value: option.value).map { (option, $0) } }
      if bands.count == options.count {
        return bands.filter { $0.1.contains(amount) }.map(\.0)
      }
    }
    var exactMatches: [ChoiceOption] = []
    var prefixMatches: [ChoiceOption] = []
    var otherMatches: [ChoiceOption] = []
    for option in options {
      let names = [option.label, option.value, option.spanishLabel ?? ""].map(normalize)
      if names.contains(needle) {
        exactMatches.append(option)
      } else if names.contains(where: { $0.hasPrefix(needle) }) {
        prefixMatches.append(option)
      } else if names.contains(where: { $0.contains(needle) }) {
        otherMatches.append(option)
      }
    }
    return exactMatches + prefixMatches + otherMatches
  }

  private static func normalize(_ text: String) -> String {
    TextFolding.fold(text).replacingOccurrences(of: "_", with: " ")
  }
}

/// A range of amounts or counts written in an option's value, as Kira's
/// band options are: `less_than_10000`, `10000_to_49999`, `1000000_or_more`,
/// `more_than_200`.
struct NumericBand: Sendable, Hashable {
  /// Smallest amount in the band.
  var lower: Double
  /// First amount above the band (`infinity` for an open band).
  var upperBound: Double

  /// The band a value names, or `nil` when it names none.
  init?(value: String) {
    let parts = value.lowercased().split(separator: "_")
    let numbers = parts.compactMap { Double(String($0)) }
    switch (parts.count, numbers.count) {
    case (3, 1) where parts[0] == "less" && parts[1] == "than":
      (lower, upperBound) = (-.infinity, numbers[0])
    case (3, 1) where parts[0] == "more" && parts[1] == "than":
      (lower, upperBound) = (numbers[0].nextUp, .infinity)
    case (3, 1) where parts[1] == "or" && parts[2] == "more":
      (lower, upperBound) = (numbers[0], .infinity)
    case (3, 2) where parts[1] == "to" && numbers[0] <= numbers[1]:
      // Whole-number bands: "1_to_10" holds 10.5 too, up to the next band.
      (lower, upperBound) = (numbers[0], numbers[1] + 1)
    default:
      return nil
    }
  }

  /// True when `amount` falls in the band.
  func contains(_ amount: Double) -> Bool {
    amount >= lower && amount < upperBound
  }

  /// The number typed in `query`, or `nil` when it is not only a number:
  /// digits with an optional currency sign, thousands grouped by `,`, `.` or
  /// a space (`5,000`, `5.000`, `5 000`), and up to two decimals.
  static func amount(in query: String) -> Double? {
    var text = query.trimmingCharacters(in: .whitespaces)
    if text.hasPrefix("$") { text.removeFirst() }
    guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || ",. ".contains($0)) }),
      text.first?.isNumber == true, text.last?.isNumber == true
    else { return nil }
    var integer = text
    var fraction = ""
    // A last separator followed by one or two digits is the decimal point.
    if let separator = text.lastIndex(where: { $0 == "," || $0 == "." }) {
      let tail = text[text.index(after: separator)...]
      if tail.count <= 2 {
        integer = String(text[..<separator])
        fraction = String(tail)
      }
    }
    let groups = integer.split(omittingEmptySubsequences: false) { ",. ".contains($0) }
    guard let first = groups.first, !first.isEmpty else { return nil }
    if groups.count > 1 {
      guard first.count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
    }
    return Double(groups.joined() + (fraction.isEmpty ? "" : "." + fraction))
  }
}
