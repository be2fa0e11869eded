import Foundation
import KiraBatch
import Testing

@Suite("CSV parser (RFC 4180)")
struct CSVParserTests {
  struct Case: Sendable, CustomStringConvertible {
    var name: String
    var input: String
    var cells: [[String]]
    var lines: [Int]? = nil
    var description: String { name }
  }

  static let cases: [Case] = [
    Case(name: "plain LF", input: "a,b\n1,2\n", cells: [["a", "b"], ["1", "2"]]),
    Case(name: "CRLF", input: "a,b\r\n1,2\r\n", cells: [["a", "b"], ["1", "2"]]),
    Case(name: "lone CR", input: "a,b\r1,2", cells: [["a", "b"], ["1", "2"]]),
    Case(name: "no final line break", input: "a,b\r\n1,2", cells: [["a", "b"], ["1", "2"]]),
    Case(
      name: "BOM", input: "\u{FEFF}first_name,email\r\nAna,a@b.co\r\n",
      cells: [["first_name", "email"], ["Ana", "a@b.co"]]),
    Case(
      name: "quoted comma", input: "a,b\n\"Reforma 123, piso 4\",x\n",
      cells: [["a", "b"], ["Reforma 123, piso 4", "x"]]),
    Case(name: "doubled quote", input: "a\n\"say \"\"hola\"\"\"\n", cells: [["a"], ["say \"hola\""]]),
    Case(
      name: "quoted CRLF inside a cell", input: "a,b\r\n\"line one\r\nline two\",x\r\nlast,y\r\n",
      cells: [["a", "b"], ["line one\r\nline two", "x"], ["last", "y"]], lines: [1, 2, 4]),
    Case(name: "empty cells", input: "a,b,c\n,,x\n", cells: [["a", "b", "c"], ["", "", "x"]]),
    Case(name: "empty quoted cell", input: "a,b\n\"\",x\n", cells: [["a", "b"], ["", "x"]]),
    Case(
      name: "blank and all-empty lines skipped", input: "a,b\n\n1,2\n,,\n\r\n",
      cells: [["a", "b"], ["1", "2"]], lines: [1, 3]),
    Case(
      name: "accents and ñ kept", input: "Año,Dirección\nPeña,Ñuñoa\n",
      cells: [["Año", "Dirección"], ["Peña", "Ñuñoa"]]),
    Case(name: "spaces kept", input: "a\n  x  \n", cells: [["a"], ["  x  "]]),
  ]

  @Test("parses", arguments: cases)
  func parses(_ example: Case) throws {
    let records = try CSVParser.parse(Data(example.input.utf8))
    #expect(records.map(\.cells) == example.cells)
    if let lines = example.lines { #expect(records.map(\.line) == lines) }
  }

  struct Bad: Sendable, CustomStringConvertible {
    var name: String
    var input: [UInt8]
    var reason: CSVError.Reason
    var line: Int
    var description: String { name }
  }

  static let bad: [Bad] = [
    Bad(
      name: "unterminated quote", input: Array("a,b\n\"open,x\n".utf8), reason: .unterminatedQuote, line: 2),
    Bad(
      name: "quote inside an unquoted cell", input: Array("a,b\nab\"c,x\n".utf8), reason: .strayQuote, line: 2
    ),
    Bad(name: "text after a closing quote", input: Array("a\n\"x\"y\n".utf8), reason: .strayQuote, line: 2),
    Bad(
      name: "invalid UTF-8", input: Array("a,b\n".utf8) + [0xC3, 0x28] + Array("\n".utf8),
      reason: .invalidUTF8, line: 2),
  ]

  @Test("refuses, saying where", arguments: bad)
  func refuses(_ example: Bad) {
    #expect {
      try CSVParser.parse(Data(example.input))
    } throws: { error in
      guard let error = error as? CSVError else { return false }
      return error.reason == example.reason && error.line == example.line
    }
  }
}
