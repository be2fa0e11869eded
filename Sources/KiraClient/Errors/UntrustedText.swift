import Foundation

/// Cleans text that came from the server (or from anywhere untrusted) before
/// it can reach a terminal: removes ANSI escape sequences, control characters
/// and bidirectional overrides, folds whitespace runs, and caps the length.
public enum UntrustedText {
  /// The cleaned text, at most `limit` characters (an ellipsis marks a cut).
  public static func clean(_ text: String, limit: Int = 500) -> String {
    var output = ""
    output.reserveCapacity(min(text.utf8.count, limit * 4))
    var scalars = text.unicodeScalars.makeIterator()
    var count = 0
    var pendingSpace = false
    while let scalar = scalars.next() {
      if scalar.value == 0x1B || scalar.value == 0x9B {
        skipEscapeSequence(startingWith: scalar, in: &scalars)
        continue
      }
      if scalar.properties.generalCategory == .control || isBidiControl(scalar) {
        if scalar == "\n" || scalar == "\t" || scalar == "\r" { pendingSpace = true }
        continue
      }
      if scalar.properties.isWhitespace {
        pendingSpace = true
        continue
      }
      if pendingSpace && !output.isEmpty {
        output.unicodeScalars.append(" ")
        count += 1
      }
      pendingSpace = false
      if count >= limit {
        output += "…"
        return output
      }
      output.unicodeScalars.append(scalar)
      count += 1
    }
    return output
  }

  /// A machine code (`invalid_enum_value`): only letters, digits and `_.:-`, at most 64 characters.
  public static func code(_ text: String) -> String {
    let allowed = text.unicodeScalars.filter {
      ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
        || "_.:-".unicodeScalars.contains($0)
    }
    return String(String.UnicodeScalarView(allowed.prefix(64)))
  }

  private static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: true
    default: false
    }
  }

  /// Skips ESC/CSI sequences: `ESC [ params final`, `ESC ] ... BEL|ST`, or `ESC x`.
  private static func skipEscapeSequence(
    startingWith first: Unicode.Scalar, in scalars: inout String.UnicodeScalarView.Iterator
  ) {
    var introducer: Unicode.Scalar? = first.value == 0x9B ? "[" : scalars.next()
    if introducer == "[" {
      while let next = scalars.next() {
        if (0x40...0x7E).contains(next.value) { return }
      }
    } else if introducer == "]" {
      while let next = scalars.next() {
        if next.value == 0x07 { return }
        if next.value == 0x1B {
          _ = scalars.next()
          return
        }
      }
    } else {
      introducer = nil
    }
  }
}
