import Foundation

/// One libphonenumber pattern, compiled into a Swift `Regex` the first time
/// it is used and kept (no ICU, no NSRegularExpression). Patterns are only
/// ever matched against ASCII digits, so they run with Unicode-scalar
/// semantics, which skips grapheme breaking. A pattern that does not compile
/// never matches (the table's tests compile every one).
final class PhonePattern: @unchecked Sendable {
  /// The pattern as the metadata writes it.
  let source: String
  private let lock = NSLock()
  private var state: State = .notCompiled

  private enum State {
    case notCompiled
    case failed
    case ready(Regex<AnyRegexOutput>)
  }

  /// A pattern compiled when first matched.
  init(_ source: String) {
    self.source = source
  }

  /// The compiled expression; nil when the pattern does not compile.
  var regex: Regex<AnyRegexOutput>? {
    lock.lock()
    defer { lock.unlock() }
    switch state {
    case .ready(let regex): return regex
    case .failed: return nil
    case .notCompiled:
      guard let regex = try? Regex(source).matchingSemantics(.unicodeScalar) else {
        state = .failed
        return nil
      }
      state = .ready(regex)
      return regex
    }
  }

  /// True when all of `digits` matches (libphonenumber's full match).
  func matchesWhole(_ digits: String) -> Bool {
    guard let regex else { return false }
    return (try? regex.wholeMatch(in: digits)) != nil
  }

  /// The match at the start of `digits`, as libphonenumber's `lookingAt`:
  /// its length in characters and its capture groups (nil for a group that
  /// took no part).
  func prefixMatch(_ digits: String) -> PhonePatternMatch? {
    guard let regex, let match = try? regex.prefixMatch(in: digits) else { return nil }
    let output = match.output
    var groups: [String?] = []
    if output.count > 1 {
      for index in 1..<output.count {
        groups.append(output[index].substring.map(String.init))
      }
    }
    return PhonePatternMatch(
      length: digits.distance(from: digits.startIndex, to: match.range.upperBound), groups: groups)
  }

  /// `digits` with every match replaced by `template` (`$1 $2`), as a
  /// libphonenumber format rule is applied.
  func replacingMatches(in digits: String, with template: String) -> String {
    guard let regex else { return digits }
    var result = ""
    var rest = Substring(digits)
    while !rest.isEmpty, let match = try? regex.firstMatch(in: rest), !match.range.isEmpty {
      result += rest[rest.startIndex..<match.range.lowerBound]
      var groups: [String?] = []
      if match.output.count > 1 {
        for index in 1..<match.output.count {
          groups.append(match.output[index].substring.map(String.init))
        }
      }
      result += Self.substitute(template, groups: groups)
      rest = rest[match.range.upperBound...]
    }
    return result + rest
  }

  /// `template` with `$1`...`$9` replaced by the groups (a group that took no part is empty).
  static func substitute(_ template: String, groups: [String?]) -> String {
    var result = ""
    var characters = template.makeIterator()
    while let character = characters.next() {
      guard character == "$" else {
        result.append(character)
        continue
      }
      guard let next = characters.next() else {
        result.append(character)
        break
      }
      if let number = next.wholeNumberValue, next.isASCII, number >= 1 {
        if number <= groups.count { result += groups[number - 1] ?? "" }
      } else {
        result.append(character)
        result.append(next)
      }
    }
    return result
  }
}

/// A match at the start of a number.
struct PhonePatternMatch: Sendable, Hashable {
  /// How many characters (digits) the match covers.
  let length: Int
  /// The capture groups in order; nil for a group that took no part.
  let groups: [String?]
}
