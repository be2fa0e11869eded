/// A small backtracking matcher for the patterns of the embedded country
/// data (libphonenumber's number patterns, Google's postcode patterns): ASCII
/// literals, `\d`, `\s`, `.`, classes with ranges and negation, capturing and
/// `(?:...)` groups, `|`, the greedy quantifiers `?`, `*`, `+`, `{n}`, `{n,}`
/// and `{n,m}`, and the anchors `^`, `$` and `\b`. Alternatives are tried in
/// order and quantifiers greedily, so the first match found is the one a
/// Perl-style engine (Java's, which libphonenumber uses) reports.
///
/// Why not Swift's `Regex`: it pulled megabytes of engine code and hundreds
/// of kilobytes of compiled programs into the wizard's memory for patterns
/// that only ever use this subset, and it ran a body's validation several
/// times slower (DECISIONS.md, "Our own pattern matcher").
struct PatternProgram: Sendable {
  /// One instruction of the compiled program.
  enum Instruction: Sendable, Equatable {
    /// One byte equal to this.
    case byte(UInt8)
    /// One ASCII byte in the set (bit `b` of `low` for b < 64, of `high` for 64...127).
    case set(low: UInt64, high: UInt64)
    /// Any one byte.
    case any
    /// Try `preferred` first, then `other`.
    case split(preferred: Int, other: Int)
    case jump(Int)
    /// Record the position in capture slot `n` (group `n / 2 + 1`, start or end).
    case save(Int)
    case assertStart
    case assertEnd
    case assertWordBoundary
    case match
  }

  let instructions: [Instruction]
  /// Number of capturing groups.
  let groupCount: Int

  /// Most steps one match may take: a pattern and input this data never
  /// holds could otherwise backtrack for a very long time; past the budget
  /// the input is treated as not matching.
  static let stepBudget = 200_000

  /// Compiles `source`; nil when it uses anything outside the subset.
  init?(_ source: String) {
    var parser = PatternParser(bytes: Array(source.utf8))
    guard let node = parser.parseAlternation(), parser.atEnd else { return nil }
    var compiler = PatternCompiler()
    guard compiler.emit(node) else { return nil }
    compiler.instructions.append(.match)
    instructions = compiler.instructions
    groupCount = parser.groupCount
  }

  /// The end of the first match that starts at `start` (and, when
  /// `wholeInput`, ends at the input's end), with the capture slots.
  func match(_ input: [UInt8], from start: Int, wholeInput: Bool) -> (end: Int, slots: [Int])? {
    var runner = PatternRunner(
      program: instructions, input: input, start: start, wholeInput: wholeInput,
      slots: Array(repeating: -1, count: groupCount * 2))
    guard let end = runner.run(pc: 0, position: start) else { return nil }
    return (end, runner.slots)
  }
}

/// The parsed pattern.
private indirect enum PatternNode {
  case empty
  case instruction(PatternProgram.Instruction)
  case sequence([PatternNode])
  case alternation([PatternNode])
  case group(PatternNode, capture: Int?)
  case repetition(PatternNode, minimum: Int, maximum: Int?)

  /// True when the node can match without consuming input (loops over such
  /// a node would never end, so they are refused).
  var canBeEmpty: Bool {
    switch self {
    case .empty: true
    case .instruction(let instruction):
      switch instruction {
      case .byte, .set, .any: false
      default: true
      }
    case .sequence(let nodes): nodes.allSatisfy(\.canBeEmpty)
    case .alternation(let nodes): nodes.contains(where: \.canBeEmpty)
    case .group(let node, _): node.canBeEmpty
    case .repetition(let node, let minimum, _): minimum == 0 || node.canBeEmpty
    }
  }
}

/// Recursive-descent parser of the subset.
private struct PatternParser {
  let bytes: [UInt8]
  var index = 0
  var groupCount = 0

  init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  var atEnd: Bool { index >= bytes.count }

  private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

  mutating func parseAlternation() -> PatternNode? {
    var branches: [PatternNode] = []
    while true {
      guard let branch = parseSequence() else { return nil }
      branches.append(branch)
      guard peek() == UInt8(ascii: "|") else { break }
      index += 1
    }
    return branches.count == 1 ? branches[0] : .alternation(branches)
  }

  private mutating func parseSequence() -> PatternNode? {
    var items: [PatternNode] = []
    while let byte = peek(), byte != UInt8(ascii: "|"), byte != UInt8(ascii: ")") {
      guard let atom = parseAtom(), let quantified = parseQuantifier(on: atom) else { return nil }
      items.append(quantified)
    }
    return items.isEmpty ? .empty : items.count == 1 ? items[0] : .sequence(items)
  }

  private mutating func parseAtom() -> PatternNode? {
    guard let byte = peek() else { return nil }
    index += 1
    switch byte {
    case UInt8(ascii: "("):
      var capture: Int?
      if peek() == UInt8(ascii: "?") {
        guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ":") else { return nil }
        index += 2
      } else {
        capture = groupCount
        groupCount += 1
      }
      guard let inner = parseAlternation(), peek() == UInt8(ascii: ")") else { return nil }
      index += 1
      return .group(inner, capture: capture)
    case UInt8(ascii: "["): return parseClass()
    case UInt8(ascii: "."): return .instruction(.any)
    case UInt8(ascii: "^"): return .instruction(.assertStart)
    case UInt8(ascii: "$"): return .instruction(.assertEnd)
    case UInt8(ascii: "\\"):
      guard let escaped = peek() else { return nil }
      index += 1
      switch escaped {
      case UInt8(ascii: "d"): return .instruction(ByteSet.digits.instruction)
      case UInt8(ascii: "s"): return .instruction(ByteSet.spaces.instruction)
      case UInt8(ascii: "b"): return .instruction(.assertWordBoundary)
      default:
        guard Self.isPunctuation(escaped) else { return nil }
        return .instruction(.byte(escaped))
      }
    case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"), UInt8(ascii: "{"), UInt8(ascii: ")"),
      UInt8(ascii: "]"):
      return nil
    default:
      return byte < 128 ? .instruction(.byte(byte)) : nil
    }
  }

  private mutating func parseClass() -> PatternNode? {
    var set = ByteSet()
    var negated = false
    if peek() == UInt8(ascii: "^") {
      negated = true
      index += 1
    }
    var first = true
    while let byte = peek(), byte != UInt8(ascii: "]") || first {
      first = false
      index += 1
      var low = byte
      if byte == UInt8(ascii: "\\") {
        guard let escaped = peek() else { return nil }
        index += 1
        if escaped == UInt8(ascii: "d") {
          set.formUnion(.digits)
          continue
        }
        if escaped == UInt8(ascii: "s") {
          set.formUnion(.spaces)
          continue
        }
        guard Self.isPunctuation(escaped) else { return nil }
        low = escaped
      }
      guard low < 128 else { return nil }
      if peek() == UInt8(ascii: "-"), index + 1 < bytes.count, bytes[index + 1] != UInt8(ascii: "]") {
        let high = bytes[index + 1]
        guard high < 128, high >= low, high != UInt8(ascii: "\\") else { return nil }
        index += 2
        set.insert(low...high)
      } else {
        set.insert(low...low)
      }
    }
    guard peek() == UInt8(ascii: "]") else { return nil }
    index += 1
    return .instruction((negated ? set.inverted : set).instruction)
  }

  private mutating func parseQuantifier(on atom: PatternNode) -> PatternNode? {
    guard let byte = peek() else { return atom }
    let bounds: (Int, Int?)
    switch byte {
    case UInt8(ascii: "?"): bounds = (0, 1)
    case UInt8(ascii: "*"): bounds = (0, nil)
    case UInt8(ascii: "+"): bounds = (1, nil)
    case UInt8(ascii: "{"):
      guard let counted = parseCount() else { return nil }
      bounds = counted
    default: return atom
    }
    if byte != UInt8(ascii: "{") { index += 1 }
    // Lazy or possessive quantifiers and stacked quantifiers are outside the subset.
    if let next = peek(),
      [UInt8(ascii: "?"), UInt8(ascii: "+"), UInt8(ascii: "*"), UInt8(ascii: "{")].contains(next)
    {
      return nil
    }
    if bounds.1 == nil, atom.canBeEmpty { return nil }
    return .repetition(atom, minimum: bounds.0, maximum: bounds.1)
  }

  /// `{n}`, `{n,}` or `{n,m}`, from the `{`.
  private mutating func parseCount() -> (Int, Int?)? {
    index += 1
    func number() -> Int? {
      var value: Int?
      while let byte = peek(), byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
        value = (value ?? 0) * 10 + Int(byte - UInt8(ascii: "0"))
        guard value! <= 1000 else { return nil }
        index += 1
      }
      return value
    }
    guard let minimum = number() else { return nil }
    var maximum: Int? = minimum
    if peek() == UInt8(ascii: ",") {
      index += 1
      maximum = number()
      if let maximum, maximum < minimum { return nil }
    }
    guard peek() == UInt8(ascii: "}") else { return nil }
    index += 1
    return (minimum, maximum)
  }

  private static func isPunctuation(_ byte: UInt8) -> Bool {
    byte < 128 && !(byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
      && !(byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      && !(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
  }
}

/// A set of ASCII bytes as two 64-bit masks.
private struct ByteSet {
  var low: UInt64 = 0
  var high: UInt64 = 0

  static let digits: ByteSet = {
    var set = ByteSet()
    set.insert(UInt8(ascii: "0")...UInt8(ascii: "9"))
    return set
  }()

  static let spaces: ByteSet = {
    var set = ByteSet()
    for byte in [9, 10, 11, 12, 13, 32] as [UInt8] { set.insert(byte...byte) }
    return set
  }()

  mutating func insert(_ range: ClosedRange<UInt8>) {
    for byte in range {
      if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
    }
  }

  mutating func formUnion(_ other: ByteSet) {
    low |= other.low
    high |= other.high
  }

  var inverted: ByteSet { ByteSet(low: ~low, high: ~high) }

  var instruction: PatternProgram.Instruction { .set(low: low, high: high) }
}

/// Turns the parsed pattern into instructions.
private struct PatternCompiler {
  var instructions: [PatternProgram.Instruction] = []

  /// Appends the code of `node`; false when a repetition is too large.
  mutating func emit(_ node: PatternNode) -> Bool {
    guard instructions.count < 50_000 else { return false }
    switch node {
    case .empty: return true
    case .instruction(let instruction):
      instructions.append(instruction)
      return true
    case .sequence(let nodes):
      return nodes.allSatisfy { emit($0) }
    case .group(let inner, let capture):
      if let capture { instructions.append(.save(capture * 2)) }
      guard emit(inner) else { return false }
      if let capture { instructions.append(.save(capture * 2 + 1)) }
      return true
    case .alternation(let branches):
      // split L1, next; L1: branch; jump end; next: split L2, ... ; last branch
      var jumpsToEnd: [Int] = []
      for (position, branch) in branches.enumerated() {
        if position < branches.count - 1 {
          let split = instructions.count
          instructions.append(.split(preferred: split + 1, other: -1))
          guard emit(branch) else { return false }
          jumpsToEnd.append(instructions.count)
          instructions.append(.jump(-1))
          instructions[split] = .split(preferred: split + 1, other: instructions.count)
        } else {
          guard emit(branch) else { return false }
        }
      }
      for jump in jumpsToEnd { instructions[jump] = .jump(instructions.count) }
      return true
    case .repetition(let inner, let minimum, let maximum):
      for _ in 0..<minimum {
        guard emit(inner) else { return false }
      }
      if let maximum {
        // Each optional copy: split body, end-of-all (greedy: body first).
        var splits: [Int] = []
        for _ in minimum..<maximum {
          splits.append(instructions.count)
          instructions.append(.split(preferred: instructions.count + 1, other: -1))
          guard emit(inner) else { return false }
        }
        for split in splits { instructions[split] = .split(preferred: split + 1, other: instructions.count) }
      } else {
        // loop: split body, exit; body; jump loop
        let loop = instructions.count
        instructions.append(.split(preferred: loop + 1, other: -1))
        guard emit(inner) else { return false }
        instructions.append(.jump(loop))
        instructions[loop] = .split(preferred: loop + 1, other: instructions.count)
      }
      return true
    }
  }
}

/// One run of a program over one input.
private struct PatternRunner {
  let program: [PatternProgram.Instruction]
  let input: [UInt8]
  let start: Int
  let wholeInput: Bool
  var slots: [Int]
  var steps = 0

  init(program: [PatternProgram.Instruction], input: [UInt8], start: Int, wholeInput: Bool, slots: [Int]) {
    self.program = program
    self.input = input
    self.start = start
    self.wholeInput = wholeInput
    self.slots = slots
  }

  /// The end position of the first match from (`pc`, `position`), in
  /// priority order; nil when there is none (or the step budget ran out).
  mutating func run(pc startPC: Int, position startPosition: Int) -> Int? {
    var pc = startPC
    var position = startPosition
    while true {
      steps += 1
      guard steps <= PatternProgram.stepBudget else { return nil }
      switch program[pc] {
      case .byte(let byte):
        guard position < input.count, input[position] == byte else { return nil }
        pc += 1
        position += 1
      case .set(let low, let high):
        guard position < input.count else { return nil }
        let byte = input[position]
        guard byte < 128, (byte < 64 ? low >> UInt64(byte) : high >> UInt64(byte - 64)) & 1 == 1 else {
          return nil
        }
        pc += 1
        position += 1
      case .any:
        guard position < input.count else { return nil }
        pc += 1
        position += 1
      case .split(let preferred, let other):
        if let end = run(pc: preferred, position: position) { return end }
        pc = other
      case .jump(let target):
        pc = target
      case .save(let slot):
        let old = slots[slot]
        slots[slot] = position
        if let end = run(pc: pc + 1, position: position) { return end }
        slots[slot] = old
        return nil
      case .assertStart:
        guard position == 0 else { return nil }
        pc += 1
      case .assertEnd:
        guard position == input.count else { return nil }
        pc += 1
      case .assertWordBoundary:
        guard isWord(position - 1) != isWord(position) else { return nil }
        pc += 1
      case .match:
        guard !wholeInput || position == input.count else { return nil }
        return position
      }
    }
  }

  private func isWord(_ position: Int) -> Bool {
    guard position >= 0, position < input.count else { return false }
    let byte = input[position]
    return (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
      || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte == UInt8(ascii: "_")
  }
}
