import Foundation

/// Lookup over the embedded libphonenumber metadata (`phoneMetadataSource`).
/// Nothing is read before the first phone number: the first lookup indexes
/// the table's blocks (one pass over the string), a region's block is parsed
/// when that region is first needed and kept, and each of its patterns is
/// compiled when first matched (`PhonePattern`).
enum PhoneMetadata {
  /// The data version, for messages and the README ("phonenumbers 9.0.43").
  static var version: String { phoneMetadataVersion }

  /// Every calling code in the table, ascending.
  static var callingCodes: [Int] { index.callingCodes.keys.sorted() }

  /// The regions of a calling code, main region first (`US`, `AG`, ... for 1;
  /// `001` for a non-geographic code such as 800). Empty for an unknown code.
  static func regionCodes(forCallingCode code: Int) -> [String] {
    index.callingCodes[code] ?? []
  }

  /// Whether `code` is a country calling code.
  static func isCallingCode(_ code: Int) -> Bool {
    index.callingCodes[code] != nil
  }

  /// The numbering plan of a region (`MX`, case-insensitive), if the table has it.
  static func region(_ code: String) -> PhoneRegion? {
    index.region(forKey: code.uppercased())
  }

  /// The numbering plan of `regionCode` under `callingCode` (non-geographic
  /// codes all have the region code `001`).
  static func region(_ regionCode: String, callingCode: Int) -> PhoneRegion? {
    regionCode == nonGeographicRegion
      ? index.region(forKey: "\(nonGeographicRegion)/\(callingCode)") : region(regionCode)
  }

  /// The region whose rules parse and format the numbers of `callingCode`.
  static func mainRegion(forCallingCode code: Int) -> PhoneRegion? {
    guard let first = regionCodes(forCallingCode: code).first else { return nil }
    return region(first, callingCode: code)
  }

  /// The region code of non-geographic calling codes.
  static let nonGeographicRegion = "001"

  private static let index = PhoneMetadataIndex(source: phoneMetadataSource)
}

/// The table's blocks located, and the regions parsed so far. A block is kept
/// as one slice of the embedded string (no copy, no per-line array) until its
/// region is first needed: only the regions a session meets cost heap.
private final class PhoneMetadataIndex: @unchecked Sendable {
  /// Calling code -> region codes, main region first.
  let callingCodes: [Int: [String]]
  /// Region key (`MX`, or `001/800`) -> its block, from its `R` line.
  private let blocks: [String: Substring]
  private let lock = NSLock()
  private var parsed: [String: PhoneRegion] = [:]

  init(source: String) {
    var codes: [Int: [String]] = [:]
    var blocks: [String: Substring] = [:]
    var currentKey: String?
    var blockStart = source.startIndex
    var lineStart = source.startIndex
    func finish(at end: String.Index) {
      if let currentKey { blocks[currentKey] = source[blockStart..<end] }
      currentKey = nil
    }
    while lineStart < source.endIndex {
      let lineEnd = source.utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? source.endIndex
      let line = source[lineStart..<lineEnd]
      if line.hasPrefix("C ") {
        finish(at: lineStart)
        let fields = line.split(separator: " ")
        if fields.count >= 3, let code = Int(fields[1]) {
          codes[code] = fields.dropFirst(2).map(String.init)
        }
      } else if line.hasPrefix("R ") {
        finish(at: lineStart)
        let fields = line.split(separator: " ", maxSplits: 3)
        if fields.count >= 3 {
          let region = String(fields[1])
          currentKey = region == PhoneMetadata.nonGeographicRegion ? "\(region)/\(fields[2])" : region
          blockStart = lineStart
        }
      }
      lineStart = lineEnd < source.endIndex ? source.index(after: lineEnd) : lineEnd
    }
    finish(at: source.endIndex)
    self.callingCodes = codes
    self.blocks = blocks
  }

  func region(forKey key: String) -> PhoneRegion? {
    lock.lock()
    defer { lock.unlock() }
    if let known = parsed[key] { return known }
    guard let block = blocks[key],
      let region = Self.parse(block.split(separator: "\n", omittingEmptySubsequences: true))
    else { return nil }
    parsed[key] = region
    return region
  }

  /// One `R` block; nil when it is malformed (the table's tests read every block).
  static func parse(_ lines: [Substring]) -> PhoneRegion? {
    guard let header = lines.first?.split(separator: " "), header.count >= 3, let callingCode = Int(header[2])
    else { return nil }
    var internationalPrefix: PhonePattern?
    var nationalPrefix: String?
    var prefixForParsing: PhonePattern?
    var transformRule: String?
    var leadingDigits: PhonePattern?
    var general: PhoneNumberDescription?
    var types: [(type: PhoneNumberType, description: PhoneNumberDescription)] = []
    var same = false
    var formats: [PhoneFormatRule] = []
    for line in lines.dropFirst() {
      guard let tag = line.first else { continue }
      let rest = line.dropFirst(2)
      switch tag {
      case "I": internationalPrefix = PhonePattern(String(rest))
      case "K": nationalPrefix = String(rest)
      case "D": prefixForParsing = PhonePattern(String(rest))
      case "X": transformRule = String(rest)
      case "L": leadingDigits = PhonePattern(String(rest))
      case "=": same = true
      case "A": general = description(rest)
      case "f":
        let fields = rest.split(separator: " ", maxSplits: 2)
        guard fields.count == 3 else { return nil }
        formats.append(
          PhoneFormatRule(
            pattern: PhonePattern(String(fields[0])),
            leadingDigits: fields[1] == "-" ? nil : PhonePattern(String(fields[1])),
            template: String(fields[2])))
      default:
        guard let type = PhoneNumberType(tag: tag), let parsed = description(rest) else { return nil }
        types.append((type, parsed))
      }
    }
    guard let general else { return nil }
    return PhoneRegion(
      code: String(header[1]), callingCode: callingCode, isMainRegion: header.count > 3 && header[3] == "*",
      internationalPrefix: internationalPrefix, nationalPrefix: nationalPrefix,
      nationalPrefixForParsing: prefixForParsing, nationalPrefixTransformRule: transformRule,
      leadingDigits: leadingDigits, general: general, types: types, sameMobileAndFixedLine: same,
      formats: formats)
  }

  /// `lengths[/local] pattern [example]`.
  private static func description(_ text: Substring) -> PhoneNumberDescription? {
    let fields = text.split(separator: " ")
    guard fields.count >= 2 else { return nil }
    let sizes = fields[0].split(separator: "/", omittingEmptySubsequences: false)
    guard let lengths = lengthList(sizes[0]) else { return nil }
    let local = sizes.count > 1 ? lengthList(sizes[1]) : []
    guard let local else { return nil }
    return PhoneNumberDescription(
      lengths: lengths, localOnlyLengths: local, pattern: PhonePattern(String(fields[1])),
      example: fields.count > 2 ? String(fields[2]) : nil)
  }

  /// `6-8,10` -> [6, 7, 8, 10]; `-` -> [].
  private static func lengthList(_ text: Substring) -> [Int]? {
    if text == "-" { return [] }
    var result: [Int] = []
    for part in text.split(separator: ",") {
      let bounds = part.split(separator: "-")
      guard let low = bounds.first.flatMap({ Int($0) }), let high = Int(bounds.last ?? ""), low <= high,
        bounds.count <= 2
      else { return nil }
      result += Array(low...high)
    }
    return result
  }
}
