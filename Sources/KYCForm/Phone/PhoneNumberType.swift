/// What kind of line a valid number is, as libphonenumber classifies it.
public enum PhoneNumberType: String, Sendable, Hashable, CaseIterable {
  case fixedLine = "fixed_line"
  case mobile
  /// The region's fixed-line and mobile numbers cannot be told apart (the USA, Canada...).
  case fixedLineOrMobile = "fixed_line_or_mobile"
  case tollFree = "toll_free"
  case premiumRate = "premium_rate"
  case sharedCost = "shared_cost"
  case voip
  case personalNumber = "personal_number"
  case pager
  /// Universal access number (one number for a company's several lines).
  case uan
  case voicemail

  /// For people: "mobile", "fixed or mobile", "toll free"...
  public var displayName: String {
    switch self {
    case .fixedLine: "fixed line"
    case .mobile: "mobile"
    case .fixedLineOrMobile: "fixed or mobile"
    case .tollFree: "toll free"
    case .premiumRate: "premium rate"
    case .sharedCost: "shared cost"
    case .voip: "VoIP"
    case .personalNumber: "personal number"
    case .pager: "pager"
    case .uan: "UAN"
    case .voicemail: "voicemail"
    }
  }

  /// `displayName` in `language`: "móvil", "fijo o móvil", "gratuito"...
  public func displayName(in language: OperatorLanguage) -> String {
    guard language == .spanish else { return displayName }
    return switch self {
    case .fixedLine: "fijo"
    case .mobile: "móvil"
    case .fixedLineOrMobile: "fijo o móvil"
    case .tollFree: "gratuito"
    case .premiumRate: "de tarifa especial"
    case .sharedCost: "de costo compartido"
    case .voip: "VoIP"
    case .personalNumber: "número personal"
    case .pager: "buscapersonas"
    case .uan: "UAN"
    case .voicemail: "buzón de voz"
    }
  }

  /// What follows "un número" in a Spanish sentence: "gratuito", "de buscapersonas".
  var spanishNumberPhrase: String {
    switch self {
    case .personalNumber: "personal"
    case .pager: "de buscapersonas"
    case .voicemail: "de buzón de voz"
    default: displayName(in: .spanish)
    }
  }

  /// The table's one-letter tag for the types that have a description of their own.
  init?(tag: Character) {
    switch tag {
    case "F": self = .fixedLine
    case "M": self = .mobile
    case "T": self = .tollFree
    case "P": self = .premiumRate
    case "S": self = .sharedCost
    case "V": self = .voip
    case "N": self = .personalNumber
    case "G": self = .pager
    case "U": self = .uan
    case "W": self = .voicemail
    default: return nil
    }
  }
}
