/// Turns the bytes a terminal sends into `Key`s: UTF-8 text, control bytes,
/// and the escape sequences of the terminals operators use (xterm, VT100,
/// VT220, PuTTY, rxvt, the Linux console, tmux and screen), whatever
/// terminfo says about `TERM`. A pure value: bytes in, keys out, no clock.
///
/// - A sequence it knows becomes its key; one it does not know (or a key the
///   wizard has no use for, like Insert) is read to its end and dropped,
///   never split into Esc plus text.
/// - A lone Esc is only known to be lone when no byte follows it in time:
///   while `pendingWait` is not `nil` the reader waits that long for more
///   bytes and, when none come, calls `timeOut()`, which turns the Esc into
///   `.escape` (and drops a half sequence).
/// - Bracketed paste (`ESC [ 200 ~` ... `ESC [ 201 ~`) arrives as one
///   `.paste` key, whatever it contains.
/// - Modifiers are ignored: Ctrl-Right (`CSI 1;5C`) is Right, Shift-F1
///   (`CSI 1;2P`) is F1.
public struct KeyStreamDecoder: Sendable, Hashable {
  /// How long a reader waits after an Esc for the rest of a sequence.
  public static let escapeWaitMilliseconds = 25
  /// How long a reader waits inside a paste before ending it (the terminal
  /// never sent the end marker).
  public static let pasteSilenceMilliseconds = 200
  /// Longest sequence kept; longer ones are still read to their end, then dropped.
  static let maximumSequenceBytes = 32

  private enum Phase: Sendable, Hashable {
    /// Between keys.
    case ground
    /// After ESC.
    case escape
    /// After ESC [ (or ESC O): parameter and intermediate bytes so far.
    case sequence(introducer: UInt8, body: [UInt8], overflowed: Bool)
    /// After ESC [ [ (the Linux console's F1-F5): waiting for the letter.
    case linuxFunction
  }

  private var phase = Phase.ground
  /// Bytes of a UTF-8 character not yet complete.
  private var utf8Pending: [UInt8] = []
  /// The paste being collected, when inside one.
  private var paste: PasteCollector?
  /// Inside a paste: the bytes that match the start of the end marker so far.
  private var pasteEndMatched = 0
  /// Inside a paste: the UTF-8 bytes of a character not yet complete.
  private var pasteUTF8Pending: [UInt8] = []
  /// True while the UTF-8 character typed with Alt (after ESC) is read, to be dropped.
  private var dropsNextCharacter = false

  private static let pasteEndMarker: [UInt8] = Array("\u{1B}[201~".utf8)

  /// A decoder between keys.
  public init() {}

  /// How long to wait for more bytes before calling `timeOut()`, or `nil`
  /// when nothing is pending (the next byte may take as long as it likes).
  public var pendingWait: Int? {
    if paste != nil { return KeyStreamDecoder.pasteSilenceMilliseconds }
    if phase != .ground || !utf8Pending.isEmpty { return KeyStreamDecoder.escapeWaitMilliseconds }
    return nil
  }

  /// Decodes `bytes` (any split: one byte at a time or many reads at once
  /// give the same keys).
  public mutating func feed<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> [Key] {
    var keys: [Key] = []
    for byte in bytes { feed(byte, into: &keys) }
    return keys
  }

  /// No byte came within `pendingWait`: a lone Esc is `.escape`, a half
  /// sequence or character is dropped, an unfinished paste is delivered.
  public mutating func timeOut() -> [Key] {
    if var collector = paste {
      flushPasteMarker(into: &collector)
      paste = nil
      pasteUTF8Pending = []
      return [collector.key]
    }
    utf8Pending = []
    defer { phase = .ground }
    return phase == .escape ? [.escape] : []
  }

  // MARK: - Bytes

  private mutating func feed(_ byte: UInt8, into keys: inout [Key]) {
    if paste != nil {
      feedPaste(byte, into: &keys)
      return
    }
    switch phase {
    case .ground:
      feedGround(byte, into: &keys)
    case .escape:
      feedAfterEscape(byte, into: &keys)
    case .sequence(let introducer, let body, let overflowed):
      feedSequence(byte, introducer: introducer, body: body, overflowed: overflowed, into: &keys)
    case .linuxFunction:
      phase = .ground
      if (0x41...0x45).contains(byte) {
        keys.append(.function(Int(byte - 0x40)))
      } else if byte < 0x20 || byte == 0x7F {
        feedGround(byte, into: &keys)
      }
    }
  }

  private mutating func feedGround(_ byte: UInt8, into keys: inout [Key]) {
    if !utf8Pending.isEmpty || byte >= 0x80 {
      var stray: UInt8?
      let scalar = KeyStreamDecoder.appendUTF8(byte, to: &utf8Pending) { stray = $0 }
      if let scalar, !dropsNextCharacter, let key = KeyDecoder.key(for: scalar) { keys.append(key) }
      if utf8Pending.isEmpty { dropsNextCharacter = false }
      if let stray { feedGround(stray, into: &keys) }
      return
    }
    if byte == 0x1B {
      phase = .escape
      return
    }
    if let key = KeyDecoder.key(for: Unicode.Scalar(byte)) { keys.append(key) }
  }

  private mutating func feedAfterEscape(_ byte: UInt8, into keys: inout [Key]) {
    switch byte {
    case 0x5B, 0x4F:  // [ and O
      phase = .sequence(introducer: byte, body: [], overflowed: false)
    case 0x1B:
      // Esc pressed twice: the first is a lone Esc.
      keys.append(.escape)
      phase = .escape
    default:
      // Alt plus a key (ESC a, ESC DEL, ESC Enter, ESC ñ): the wizard binds
      // none, and typing the key alone would put junk in a field.
      phase = .ground
      if byte >= 0x80 {
        dropsNextCharacter = true
        feedGround(byte, into: &keys)
      }
    }
  }

  private mutating func feedSequence(
    _ byte: UInt8, introducer: UInt8, body: [UInt8], overflowed: Bool, into keys: inout [Key]
  ) {
    if introducer == 0x5B, body.isEmpty, byte == 0x5B {
      phase = .linuxFunction
      return
    }
    switch byte {
    case 0x20...0x3F:  // parameters and intermediates
      let full = body.count >= KeyStreamDecoder.maximumSequenceBytes
      phase = .sequence(
        introducer: introducer, body: full ? body : body + [byte], overflowed: overflowed || full)
    case 0x40...0x7E:  // the final byte
      phase = .ground
      guard !overflowed else { return }
      if introducer == 0x5B, byte == UInt8(ascii: "~"), body == Array("200".utf8) {
        paste = PasteCollector()
        pasteEndMatched = 0
        pasteUTF8Pending = []
        return
      }
      let key =
        introducer == 0x5B
        ? KeyStreamDecoder.csiKey(parameters: body, final: byte)
        : KeyStreamDecoder.ss3Key(parameters: body, final: byte)
      if let key { keys.append(key) }
    case 0x1B:
      // A new sequence interrupts a broken one, which is dropped.
      phase = .escape
    default:
      // A control byte or a non-ASCII byte cannot be part of a sequence:
      // the broken sequence is dropped, the byte is read as itself.
      phase = .ground
      feedGround(byte, into: &keys)
    }
  }

  // MARK: - Paste

  private mutating func feedPaste(_ byte: UInt8, into keys: inout [Key]) {
    guard var collector = paste else { return }
    let marker = KeyStreamDecoder.pasteEndMarker
    if byte == marker[pasteEndMatched] {
      pasteEndMatched += 1
      if pasteEndMatched == marker.count {
        paste = nil
        pasteEndMatched = 0
        pasteUTF8Pending = []
        keys.append(collector.key)
      }
      return
    }
    // What looked like the end marker was text after all.
    flushPasteMarker(into: &collector)
    if byte == marker[0] {
      pasteEndMatched = 1
    } else {
      appendPasted(byte, to: &collector)
    }
    paste = collector
  }

  /// Hands the bytes held as a possible end marker to the paste as text.
  private mutating func flushPasteMarker(into collector: inout PasteCollector) {
    let held = KeyStreamDecoder.pasteEndMarker.prefix(pasteEndMatched)
    pasteEndMatched = 0
    for byte in held { appendPasted(byte, to: &collector) }
  }

  private mutating func appendPasted(_ byte: UInt8, to collector: inout PasteCollector) {
    if pasteUTF8Pending.isEmpty, byte < 0x80 {
      collector.append(Unicode.Scalar(byte))
      return
    }
    var stray: UInt8?
    if let scalar = KeyStreamDecoder.appendUTF8(byte, to: &pasteUTF8Pending, reprocess: { stray = $0 }) {
      collector.append(scalar)
    }
    if let stray { appendPasted(stray, to: &collector) }
  }

  // MARK: - UTF-8

  /// Adds one byte to a UTF-8 character being read; returns its scalar when
  /// complete. An invalid character is dropped; a byte that cannot continue
  /// it (ASCII, a new lead byte) is handed to `reprocess`.
  private static func appendUTF8(
    _ byte: UInt8, to pending: inout [UInt8], reprocess: (UInt8) -> Void
  ) -> Unicode.Scalar? {
    if pending.isEmpty {
      guard expectedUTF8Length(lead: byte) != nil else { return nil }  // stray continuation or 0xF5...
      pending = [byte]
      return nil
    }
    guard (0x80...0xBF).contains(byte) else {
      pending = []
      reprocess(byte)
      return nil
    }
    pending.append(byte)
    guard let length = expectedUTF8Length(lead: pending[0]), pending.count == length else { return nil }
    defer { pending = [] }
    var iterator = pending.makeIterator()
    var decoder = UTF8()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
    return nil  // an overlong form or a surrogate
  }

  private static func expectedUTF8Length(lead: UInt8) -> Int? {
    switch lead {
    case 0xC2...0xDF: 2
    case 0xE0...0xEF: 3
    case 0xF0...0xF4: 4
    default: nil
    }
  }

  // MARK: - Sequences

  /// The key of `CSI parameters final`, `nil` for a sequence the wizard
  /// does not use.
  static func csiKey(parameters: [UInt8], final: UInt8) -> Key? {
    let text = String(decoding: parameters, as: UTF8.self)
    // Private sequences (`CSI < ... M` mouse, `CSI ? ... u` kitty replies) mean no key.
    guard text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ";") }) else { return nil }
    let numbers = text.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
    let first = numbers.first ?? nil
    switch final {
    case UInt8(ascii: "A"): return .up
    case UInt8(ascii: "B"): return .down
    case UInt8(ascii: "C"): return .right
    case UInt8(ascii: "D"): return .left
    case UInt8(ascii: "H"): return .home
    case UInt8(ascii: "F"): return .end
    case UInt8(ascii: "Z"): return .backTab
    // xterm's modified F1-F4 (CSI 1;2P); some terminals send them bare.
    case UInt8(ascii: "P"): return .function(1)
    case UInt8(ascii: "Q"): return .function(2)
    case UInt8(ascii: "R"): return numbers.count > 1 ? .function(3) : nil  // bare CSI R is a cursor report
    case UInt8(ascii: "S"): return .function(4)
    case UInt8(ascii: "~"): return first.flatMap(tildeKey)
    default: return nil
    }
  }

  /// `CSI n ~` keys: the VT220 editing keys and function keys, with the
  /// rxvt and PuTTY variants.
  static func tildeKey(_ number: Int) -> Key? {
    switch number {
    case 1, 7: .home  // VT220 Find, rxvt Home
    case 3: .delete
    case 4, 8: .end  // VT220 Select, rxvt End
    case 5: .pageUp
    case 6: .pageDown
    case 11...15: .function(number - 10)  // PuTTY, rxvt: F1-F5
    case 17...21: .function(number - 11)  // F6-F10
    case 23, 24: .function(number - 12)  // F11, F12
    default: nil  // 2 Insert, 201 a stray paste end, 25... Shift-F keys of rxvt
    }
  }

  /// The key of `ESC O parameters final` (SS3: application cursor and
  /// keypad mode, VT100 PF1-PF4).
  static func ss3Key(parameters: [UInt8], final: UInt8) -> Key? {
    switch final {
    case UInt8(ascii: "A"): .up
    case UInt8(ascii: "B"): .down
    case UInt8(ascii: "C"): .right
    case UInt8(ascii: "D"): .left
    case UInt8(ascii: "H"): .home
    case UInt8(ascii: "F"): .end
    case UInt8(ascii: "P"): .function(1)
    case UInt8(ascii: "Q"): .function(2)
    case UInt8(ascii: "R"): .function(3)
    case UInt8(ascii: "S"): .function(4)
    case UInt8(ascii: "M"): .enter  // keypad Enter
    // The keypad in application mode: its digits and signs as typed.
    case UInt8(ascii: "p")...UInt8(ascii: "y"): .character(Character(String(final - 0x70)))
    case UInt8(ascii: "j"): .character("*")
    case UInt8(ascii: "k"): .character("+")
    case UInt8(ascii: "l"): .character(",")
    case UInt8(ascii: "m"): .character("-")
    case UInt8(ascii: "n"): .character(".")
    case UInt8(ascii: "o"): .character("/")
    default: nil
    }
  }
}
