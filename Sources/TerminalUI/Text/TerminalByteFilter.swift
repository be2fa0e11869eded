/// A streaming, allocation-free filter of raw bytes on their way to a
/// terminal: the byte-level twin of `UntrustedText`, for the one path where
/// text is not a Swift string (stderr written while curses owned the
/// screen, replayed once the terminal is restored, possibly from a signal
/// handler after a crash).
///
/// It drops ESC sequences (CSI, OSC, DCS, PM, APC, SOS, two-character
/// escapes) and their 8-bit C1 forms, every other C0 and C1 control except
/// LF and TAB, DEL, carriage returns, bidi controls and line/paragraph
/// separators; a byte that is not part of valid UTF-8 becomes `?`.
public struct TerminalByteFilter: Sendable {
  private enum State: Sendable {
    case ground
    case escape
    case escapeIntermediate
    case controlSequence
    case controlString
    case controlStringEscape
    case controlStringC2
  }

  private var state = State.ground
  /// A UTF-8 sequence being collected: its bytes so far and how many it needs.
  private var pending: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
  private var pendingCount = 0
  private var pendingNeeded = 0

  public init() {}

  /// The most bytes `filter` can write for `count` input bytes.
  public static func outputCapacity(forInput count: Int) -> Int { count + 4 }

  /// Filters `input` into `output` (at least `outputCapacity(forInput:)`
  /// bytes); returns how many bytes were written.
  public mutating func filter(
    _ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>
  ) -> Int {
    var written = 0
    func emit(_ byte: UInt8) {
      if written < output.count {
        output[written] = byte
        written += 1
      }
    }
    for byte in input {
      var reprocess = true
      while reprocess {
        reprocess = false
        switch state {
        case .ground:
          if pendingNeeded > 0 {
            if byte & 0xC0 == 0x80 {
              append(byte)
              if pendingCount == pendingNeeded { finishScalar(emit) }
              continue
            }
            emit(UInt8(ascii: "?"))
            pendingNeeded = 0
            pendingCount = 0
          }
          switch byte {
          case 0x1B: state = .escape
          case 0x0A, 0x09: emit(byte)
          case 0x00..<0x20, 0x7F: break
          case 0x20..<0x7F: emit(byte)
          case 0xC2...0xDF: startScalar(byte, needing: 2)
          case 0xE0...0xEF: startScalar(byte, needing: 3)
          case 0xF0...0xF4: startScalar(byte, needing: 4)
          default: emit(UInt8(ascii: "?"))
          }
        case .escape:
          switch byte {
          case UInt8(ascii: "["): state = .controlSequence
          case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "X"):
            state = .controlString
          case 0x20...0x2F: state = .escapeIntermediate
          case 0x30...0x7E: state = .ground
          default:
            state = .ground
            reprocess = true
          }
        case .escapeIntermediate:
          switch byte {
          case 0x20...0x2F: break
          case 0x30...0x7E: state = .ground
          default:
            state = .ground
            reprocess = true
          }
        case .controlSequence:
          switch byte {
          case 0x40...0x7E: state = .ground
          case 0x20...0x3F: break
          default:
            state = .ground
            reprocess = true
          }
        case .controlString:
          switch byte {
          case 0x07: state = .ground
          case 0x1B: state = .controlStringEscape
          case 0xC2: state = .controlStringC2
          default: break
          }
        case .controlStringEscape:
          if byte == UInt8(ascii: "\\") {
            state = .ground
          } else {
            state = .escape
            reprocess = true
          }
        case .controlStringC2:
          if byte == 0x9C {
            state = .ground
          } else {
            state = .controlString
            reprocess = true
          }
        }
      }
    }
    return written
  }

  private mutating func startScalar(_ byte: UInt8, needing count: Int) {
    pending = (byte, 0, 0, 0)
    pendingCount = 1
    pendingNeeded = count
  }

  private mutating func append(_ byte: UInt8) {
    switch pendingCount {
    case 1: pending.1 = byte
    case 2: pending.2 = byte
    default: pending.3 = byte
    }
    pendingCount += 1
  }

  /// A complete sequence: checked, then written, dropped, or (a C1
  /// introducer) the start of a sequence to skip.
  private mutating func finishScalar(_ emit: (UInt8) -> Void) {
    let count = pendingNeeded
    pendingNeeded = 0
    pendingCount = 0
    var value = UInt32(pendingByte(0)) & (0xFF >> (count + 1))
    for index in 1..<count { value = value << 6 | UInt32(pendingByte(index) & 0x3F) }
    let minimum: UInt32 = count == 2 ? 0x80 : count == 3 ? 0x800 : 0x10000
    guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else {
      emit(UInt8(ascii: "?"))
      return
    }
    switch value {
    case 0x9B: state = .controlSequence
    case 0x90, 0x98, 0x9D, 0x9E, 0x9F: state = .controlString
    case 0x80...0x9F: break
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: break
    default:
      for index in 0..<count { emit(pendingByte(index)) }
    }
  }

  private func pendingByte(_ index: Int) -> UInt8 {
    switch index {
    case 0: pending.0
    case 1: pending.1
    case 2: pending.2
    default: pending.3
    }
  }
}
