/// How a national number's length compares with a region's possible lengths
/// (libphonenumber's `ValidationResult`).
enum PhoneLengthCheck: Sendable, Hashable {
  /// One of the possible lengths.
  case possible
  /// Only dialable within its area: a local number without its area code.
  case localOnly
  /// Shorter than every possible length.
  case tooShort
  /// Longer than every possible length.
  case tooLong
  /// Between the shortest and the longest, but not a possible length.
  case invalidLength

  /// Checks `nationalNumber` against `description`'s lengths.
  init(_ nationalNumber: String, against description: PhoneNumberDescription) {
    let length = nationalNumber.count
    let lengths = description.lengths
    if description.localOnlyLengths.contains(length) {
      self = .localOnly
    } else if let shortest = lengths.first, let longest = lengths.last {
      if length < shortest {
        self = .tooShort
      } else if length > longest {
        self = .tooLong
      } else {
        self = lengths.contains(length) ? .possible : .invalidLength
      }
    } else {
      self = .invalidLength
    }
  }
}
