import ArgumentParser
import Foundation
import KYCForm

/// The language of the command line's own words (help, result lines),
/// resolved once at start-up before ArgumentParser reads anything: a
/// pre-scan of the arguments for `--lang X` / `--lang=X`, then
/// `KIRA_ONBOARD_LANG`, then the locale (`OperatorLanguage.resolve`).
enum CLILanguage {
  /// This process's language: computed on first use (a `static let` is
  /// initialised once, thread-safely), never changed afterwards.
  static let current: OperatorLanguage = resolve(
    arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)

  /// The language for `arguments` (without the program name) and `environment`.
  /// Scanning stops at `--`, after which every word is an operand.
  static func resolve(arguments: [String], environment: [String: String]) -> OperatorLanguage {
    OperatorLanguage.resolve(flag: languageFlag(in: arguments), environment: environment)
  }

  /// The last `--lang X` or `--lang=X` value before any `--`.
  static func languageFlag(in arguments: [String]) -> String? {
    var found: String?
    var index = arguments.startIndex
    while index < arguments.endIndex {
      let argument = arguments[index]
      if argument == "--" { break }
      if argument == "--lang", index + 1 < arguments.endIndex {
        found = arguments[index + 1]
        index += 2
        continue
      }
      if argument.hasPrefix("--lang=") { found = String(argument.dropFirst("--lang=".count)) }
      index += 1
    }
    return found
  }

  /// The words of a pair in this process's language.
  static func pick(_ english: String, _ spanish: String) -> String {
    current == .spanish ? spanish : english
  }
}
