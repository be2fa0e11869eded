/// US Social Security Number shape rules.
enum SocialSecurityNumber {
  /// nil for `123456789` or `123-45-6789` with a possible area, group and
  /// serial; else what is wrong.
  static func problem(with value: String) -> String? {
    let chars = Array(value)
    let digits: [Character]
    if chars.count == 11, chars[3] == "-", chars[6] == "-" {
      digits = chars.filter { $0 != "-" }
    } else {
      digits = chars
    }
    guard digits.count == 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      return "got \(value.count) characters"
    }
    let area = Int(String(digits[0..<3])) ?? 0
    let group = Int(String(digits[3..<5])) ?? 0
    let serial = Int(String(digits[5..<9])) ?? 0
    if area == 0 || area == 666 || area >= 900 { return "that area number is never issued" }
    if group == 0 { return "group number 00 is never issued" }
    if serial == 0 { return "serial number 0000 is never issued" }
    return nil
  }

}
