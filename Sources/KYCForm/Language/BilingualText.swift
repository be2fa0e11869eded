/// One text in both languages the operator may read: a label, a country's
/// name, the condition of a requirement. Messages take their labels as
/// this value, so each language's message names the field in its own words.
public struct BilingualText: Sendable, Hashable {
  /// The English text (what every English-only API has always returned).
  public var english: String
  /// The Latin-American Spanish text.
  public var spanish: String

  /// A text with its two wordings.
  public init(english: String, spanish: String) {
    self.english = english
    self.spanish = spanish
  }

  /// A text that has one wording for both languages: a code, a format, a
  /// path, or text given in English only by a caller that has no Spanish.
  public init(untranslated text: String) {
    self.init(english: text, spanish: text)
  }

  /// The wording in `language`.
  public func text(in language: OperatorLanguage) -> String {
    language == .spanish ? spanish : english
  }
}

/// Text kept as a value with its arguments (the failure of a rule, a reason
/// a character is refused...) and worded in either language at one place,
/// `text(in:)`. Each case returns its two translations side by side.
///
/// `Kind` names the cases without their arguments, and `example(of:)` gives
/// one value of each: both are exhaustive switches, so a case added without
/// an example does not compile, and the strings-table test reads them all.
public protocol TranslatableText: Sendable, Hashable {
  /// The cases, without their arguments.
  associatedtype Kind: CaseIterable, Hashable, Sendable
  /// Which case this value is.
  var kind: Kind { get }
  /// One value of `kind`, for the strings-table test.
  static func example(of kind: Kind) -> Self
  /// The words in `language`.
  func text(in language: OperatorLanguage) -> String
}

extension TranslatableText {
  /// One example of every case, in `Kind` order.
  public static var allExamples: [Self] { Kind.allCases.map(example(of:)) }
}

extension OperatorLanguage {
  /// `english` or `spanish`, whichever this language reads.
  func pick(_ english: String, _ spanish: String) -> String {
    self == .spanish ? spanish : english
  }

  /// `items` joined as a list: "a, b or c" in English, "a, b o c" in Spanish
  /// ("u" before a word said with an o: "7 u 8", "10 u 11").
  func orList(_ items: [String]) -> String {
    guard let last = items.last else { return "" }
    guard items.count > 1 else { return last }
    let head = items.dropLast().joined(separator: ", ")
    return self == .spanish ? "\(head) \(Self.spanishOr(before: last)) \(last)" : "\(head) or \(last)"
  }

  /// "o", or "u" before a word that starts with the sound o (`ocho`,
  /// `once`, `ochenta`, `otro`, `hora`): Spanish spelling.
  static func spanishOr(before word: String) -> String {
    let folded = TextFolding.fold(word)
    if folded.hasPrefix("o") || folded.hasPrefix("ho") { return "u" }
    // Digits read aloud: 8 (ocho), 11 (once), 80-89 (ochenta...), 800... (ochocientos).
    let digits = folded.prefix { $0.isASCII && $0.isNumber }
    if digits.hasPrefix("8") || digits == "11" || (digits.hasPrefix("11") && digits.count == 5) {
      return "u"
    }
    return "o"
  }

  /// `items` joined with "and" / "y" ("e" before a word said with an i).
  func andList(_ items: [String]) -> String {
    guard let last = items.last else { return "" }
    guard items.count > 1 else { return last }
    let head = items.dropLast().joined(separator: ", ")
    guard self == .spanish else { return "\(head) and \(last)" }
    let folded = TextFolding.fold(last)
    let and = (folded.hasPrefix("i") || folded.hasPrefix("hi")) && !folded.hasPrefix("hie") ? "e" : "y"
    return "\(head) \(and) \(last)"
  }
}
