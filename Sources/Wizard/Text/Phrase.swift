import KYCForm

/// A name that has both translations already (a field's label, a step's
/// title, a scenario's summary): the argument of a message that is put into
/// words later, in the operator's language.
public struct Phrase: Sendable, Hashable {
  public var english: String
  public var spanish: String

  public init(english: String, spanish: String) {
    self.english = english
    self.spanish = spanish
  }

  /// The same words in both languages (an id, a code, a file name).
  public init(_ untranslated: String) {
    self.init(english: untranslated, spanish: untranslated)
  }

  /// The words in `language`.
  public func text(in language: OperatorLanguage) -> String {
    language == .spanish ? spanish : english
  }
}
