import Foundation

/// The language the operator reads: Spanish or English.
public enum OperatorLanguage: String, Sendable, Hashable, CaseIterable {
  case english = "en"
  case spanish = "es"

  /// The language from, in order: `--lang`, `KIRA_ONBOARD_LANG`, the config
  /// file's `lang`, then the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, the
  /// first one set, as POSIX orders them). Spanish when the first value found
  /// starts with `es`; English otherwise (including `C` and `POSIX`).
  public static func resolve(
    flag: String? = nil, environment: [String: String], configured: String? = nil
  ) -> OperatorLanguage {
    for candidate in [flag, environment["KIRA_ONBOARD_LANG"], configured] {
      if let candidate, let language = OperatorLanguage(code: candidate) { return language }
    }
    for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[key], !value.isEmpty else { continue }
      return value.lowercased().hasPrefix("es") ? .spanish : .english
    }
    return .english
  }

  /// `es`, `es_MX.UTF-8`, `spanish`, `español`; `en`, `en_US`, `english`.
  public init?(code: String) {
    let folded = code.trimmingCharacters(in: .whitespaces).lowercased()
    if folded.hasPrefix("es") || folded == "spanish" {
      self = .spanish
    } else if folded.hasPrefix("en") || folded == "english" || folded == "inglés" || folded == "ingles" {
      self = .english
    } else {
      return nil
    }
  }
}
