import Foundation

/// Filters the options of a choice field by what the operator typed.
public enum ChoiceFilter {
  /// The options whose label or value contains `query` (folded: case- and
  /// accent-insensitive, `_` read as a space). Options whose label or value
  /// starts with the query come first; otherwise the original order is kept.
  /// An empty query returns every option.
  public static func filter(_ options: [ChoiceOption], query: String) -> [ChoiceOption] {
    let needle = normalize(query).trimmedWhitespace
    if needle.isEmpty { return options }
    var prefixMatches: [ChoiceOption] = []
    var otherMatches: [ChoiceOption] = []
    for option in options {
      let label = normalize(option.label)
      let value = normalize(option.value)
      if label.hasPrefix(needle) || value.hasPrefix(needle) {
        prefixMatches.append(option)
      } else if label.contains(needle) || value.contains(needle) {
        otherMatches.append(option)
      }
    }
    return prefixMatches + otherMatches
  }

  private static func normalize(_ text: String) -> String {
    TextFolding.fold(text).replacingOccurrences(of: "_", with: " ")
  }
}
