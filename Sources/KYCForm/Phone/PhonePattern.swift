import Foundation

/// One pattern of the embedded country data (libphonenumber's number
/// patterns, Google's postcode patterns), compiled by our own matcher
/// (`PatternProgram`) the first time it is used and kept. A pattern that
/// does not compile never matches (the table's tests compile every one).
final class PhonePattern: @unchecked Sendable {
  /// The pattern as the metadata writes it.
  let source: String
  private let lock = NSLock()
  private var state: State = .notCompiled

  private enum State {
    case notCompiled
    case failed
    case ready(PatternProgram)
  }

  /// Longest input ever matched: phone numbers and postcodes are far
  /// shorter, and a pasted page of text is simply not a match.
  static let longestInput = 256

  /// A pattern compiled when first matched.
  init(_ source: String) {
    self.source = source
  }

  /// The compiled program; nil when the pattern does not compile.
  var program: PatternProgram? {
    lock.lock()
    defer { lock.unlock() }
    switch state {
    case .ready(let program): return program
    case .failed: return nil
    case .notCompiled:
      guard let program = PatternProgram(source) else {
        state = .failed
        return nil
      }
      state = .ready(program)
      return program
    }
  }

  /// True when all of `text` matches (libphonenumber's full match).
  func matchesWhole(_ text: String) -> Bool {
    guard let program, let input = Self.bytes(text) else { return false }
    return program.match(input, from: 0, wholeInput: true) != nil
  }

  /// The match at the start of `text`, as libphonenumber's `lookingAt`: its
  /// length in characters and its capture groups (nil for a group that took
  /// no part).
  func prefixMatch(_ text: String) -> PhonePatternMatch? {
    guard let program, let input = Self.bytes(text),
      let match = program.match(input, from: 0, wholeInput: false)
    else { return nil }
    return PhonePatternMatch(
      length: Self.characterCount(input[0..<match.end]), groups: Self.groups(match.slots, in: input))
  }

  /// `text` with every match replaced by `template` (`$1 $2`), as a
  /// libphonenumber format rule is applied.
  func replacingMatches(in text: String, with template: String) -> String {
    guard let program, let input = Self.bytes(text) else { return text }
    var result: [UInt8] = []
    var position = 0
    while position < input.count {
      var found: (start: Int, end: Int, slots: [Int])?
      for start in position..<input.count {
        if let match = program.match(input, from: start, wholeInput: false), match.end > start {
          found = (start, match.end, match.slots)
          break
        }
      }
      guard let found else { break }
      result += input[position..<found.start]
      result += Array(Self.substitute(template, groups: Self.groups(found.slots, in: input)).utf8)
      position = found.end
    }
    result += input[position...]
    return String(decoding: result, as: UTF8.self)
  }

  private static func bytes(_ text: String) -> [UInt8]? {
    let bytes = Array(text.utf8)
    return bytes.count <= longestInput ? bytes : nil
  }

  private static func characterCount(_ bytes: ArraySlice<UInt8>) -> Int {
    String(decoding: bytes, as: UTF8.self).count
  }

  private static func groups(_ slots: [Int], in input: [UInt8]) -> [String?] {
    stride(from: 0, to: slots.count, by: 2).map { index in
      let (start, end) = (slots[index], slots[index + 1])
      guard start >= 0, end >= start else { return nil }
      return String(decoding: input[start..<end], as: UTF8.self)
    }
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
