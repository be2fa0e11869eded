import ArgumentParser
import KiraStore

extension RetentionAge {
  /// Parses the value given to `option` (`--draft-max-age`, `--older-than`), or
  /// throws the usage error that names the option and the accepted forms.
  static func parse(_ text: String, option: String) throws -> RetentionAge {
    guard let age = RetentionAge(parsing: text) else {
      throw ValidationError("\(option) must look like 7d, 12h, 30m, 90s or 2w, not \"\(text)\"")
    }
    return age
  }
}
