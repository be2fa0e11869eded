/// Punycode (RFC 3492), the ASCII form of internationalised domain labels
/// (`münchen` <-> `mnchen-3ya`, sent in DNS as `xn--mnchen-3ya`).
public enum Punycode {
  private static let base = 36
  private static let tMin = 1
  private static let tMax = 26
  private static let skew = 38
  private static let damp = 700
  private static let initialBias = 72
  private static let initialN = 128
  /// Far above any real label; keeps the arithmetic away from overflow.
  private static let limit = Int(Int32.max)

  /// The Punycode of `label` (without `xn--`); nil when it cannot be encoded.
  public static func encode(_ label: String) -> String? {
    let input = label.unicodeScalars.map { Int($0.value) }
    var output = input.filter { $0 < 0x80 }.map { Character(Unicode.Scalar(UInt8($0))) }
    let basicCount = output.count
    var handled = basicCount
    if basicCount > 0 { output.append("-") }
    var n = initialN
    var delta = 0
    var bias = initialBias
    while handled < input.count {
      guard let m = input.filter({ $0 >= n }).min() else { return nil }
      guard (m - n) <= (limit - delta) / (handled + 1) else { return nil }
      delta += (m - n) * (handled + 1)
      n = m
      for c in input {
        if c < n {
          delta += 1
          guard delta < limit else { return nil }
        }
        if c == n {
          var q = delta
          var k = base
          while true {
            let t = threshold(k, bias)
            if q < t { break }
            output.append(digit(t + (q - t) % (base - t)))
            q = (q - t) / (base - t)
            k += base
          }
          output.append(digit(q))
          bias = adapt(delta, handled + 1, handled == basicCount)
          delta = 0
          handled += 1
        }
      }
      delta += 1
      n += 1
    }
    return String(output)
  }

  /// The label that `encoded` (without `xn--`) stands for; nil when it is not valid Punycode.
  public static func decode(_ encoded: String) -> String? {
    let input = Array(encoded.unicodeScalars)
    guard input.allSatisfy({ $0.isASCII }), input.count <= 256 else { return nil }
    var output: [Int] = []
    var position = 0
    if let delimiter = input.lastIndex(of: "-") {
      output = input[..<delimiter].map { Int($0.value) }
      position = delimiter + 1
    }
    var n = initialN
    var i = 0
    var bias = initialBias
    while position < input.count {
      let oldI = i
      var w = 1
      var k = base
      while true {
        guard position < input.count, let value = digitValue(input[position]) else { return nil }
        position += 1
        guard value <= (limit - i) / w else { return nil }
        i += value * w
        let t = threshold(k, bias)
        if value < t { break }
        guard w <= limit / (base - t) else { return nil }
        w *= base - t
        k += base
      }
      let count = output.count + 1
      bias = adapt(i - oldI, count, oldI == 0)
      guard i / count <= limit - n else { return nil }
      n += i / count
      i %= count
      guard n <= 0x10FFFF, !(0xD800...0xDFFF).contains(n), n >= 0x80 else { return nil }
      output.insert(n, at: i)
      i += 1
    }
    var result = String.UnicodeScalarView()
    for value in output {
      guard let scalar = Unicode.Scalar(UInt32(value)) else { return nil }
      result.append(scalar)
    }
    return String(result)
  }

  private static func threshold(_ k: Int, _ bias: Int) -> Int {
    k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
  }

  private static func adapt(_ delta: Int, _ count: Int, _ first: Bool) -> Int {
    var delta = first ? delta / damp : delta / 2
    delta += delta / count
    var k = 0
    while delta > ((base - tMin) * tMax) / 2 {
      delta /= base - tMin
      k += base
    }
    return k + (base - tMin + 1) * delta / (delta + skew)
  }

  private static func digit(_ value: Int) -> Character {
    Character(Unicode.Scalar(UInt8(value < 26 ? 97 + value : 22 + value)))
  }

  private static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar {
    case "a"..."z": Int(scalar.value) - 97
    case "A"..."Z": Int(scalar.value) - 65
    case "0"..."9": Int(scalar.value) - 22
    default: nil
    }
  }
}
