/// The text form of `metadata`: `key=value; key2=value2`. A `;`, `=` or `\`
/// inside a key or value is written with a backslash before it. Keys and
/// values are trimmed.
public enum MetadataText {
  /// Why metadata text cannot be read.
  public struct Problem: Error, Sendable, Hashable {
    /// What is wrong, with its arguments.
    public var reason: MetadataProblem
    /// One line for people, in English.
    public var message: String { reason.text(in: .english) }

    /// The line in `language`.
    public func message(in language: OperatorLanguage) -> String { reason.text(in: language) }
  }

  /// The entries of `text`, in order. Empty text gives no entries.
  public static func parse(_ text: String) -> Result<[MetadataEntry], Problem> {
    var entries: [MetadataEntry] = []
    var seen: Set<String> = []
    for raw in split(text, on: ";") {
      let entry = raw.trimmingSpaces
      if entry.isEmpty { continue }
      let pair = split(entry, on: "=")
      guard pair.count == 2 else {
        return .failure(Problem(reason: .notKeyValue(unescape(entry))))
      }
      let key = unescape(pair[0].trimmingSpaces)
      let value = unescape(pair[1].trimmingSpaces)
      if key.isEmpty { return .failure(Problem(reason: .emptyKey)) }
      if !seen.insert(key).inserted {
        return .failure(Problem(reason: .duplicateKey(key)))
      }
      entries.append(MetadataEntry(key: key, value: value))
    }
    return .success(entries)
  }

  /// `key=value; key2=value2` for `entries`, escaping as needed.
  public static func format(_ entries: [MetadataEntry]) -> String {
    entries.map { "\(escape($0.key))=\(escape($0.value))" }.joined(separator: "; ")
  }

  static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      if character == "\\" || character == ";" || character == "=" { out.append("\\") }
      out.append(character)
    }
    return out
  }

  static func unescape(_ text: String) -> String {
    var out = ""
    var escaping = false
    for character in text {
      if escaping {
        out.append(character)
        escaping = false
      } else if character == "\\" {
        escaping = true
      } else {
        out.append(character)
      }
    }
    return out
  }

  /// Splits on `separator` not preceded by a backslash; escapes are kept.
  private static func split(_ text: String, on separator: Character) -> [String] {
    var parts: [String] = []
    var current = ""
    var escaping = false
    for character in text {
      if escaping {
        current.append(character)
        escaping = false
      } else if character == "\\" {
        current.append(character)
        escaping = true
      } else if character == separator {
        parts.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    parts.append(current)
    return parts
  }
}

/// What is wrong with metadata text, worded in either language.
public enum MetadataProblem: TranslatableText {
  /// An entry without exactly one unescaped `=`.
  case notKeyValue(String)
  /// An entry whose key is empty.
  case emptyKey
  /// A key given twice.
  case duplicateKey(String)

  /// The words in `language`.
  public func text(in language: OperatorLanguage) -> String {
    let (english, spanish) = translations
    return language == .spanish ? spanish : english
  }

  private var translations: (String, String) {
    switch self {
    case .notKeyValue(let entry):
      ("entry \"\(entry)\" must be key=value", "la entrada \"\(entry)\" debe tener la forma clave=valor")
    case .emptyKey: ("an entry has an empty key", "una entrada tiene la clave vacía")
    case .duplicateKey(let key): ("key \"\(key)\" appears twice", "la clave \"\(key)\" aparece dos veces")
    }
  }

  public enum Kind: CaseIterable, Hashable, Sendable {
    case notKeyValue, emptyKey, duplicateKey
  }

  public var kind: Kind {
    switch self {
    case .notKeyValue: .notKeyValue
    case .emptyKey: .emptyKey
    case .duplicateKey: .duplicateKey
    }
  }

  public static func example(of kind: Kind) -> MetadataProblem {
    switch kind {
    case .notKeyValue: .notKeyValue("branch")
    case .emptyKey: .emptyKey
    case .duplicateKey: .duplicateKey("branch")
    }
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  var trimmingSpaces: String {
    var slice = Substring(self)
    while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
    while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
    return String(slice)
  }
}
