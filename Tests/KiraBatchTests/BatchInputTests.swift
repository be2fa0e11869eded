import Foundation
import KYCForm
import KiraBatch
import KiraModels
import Testing

@Suite("Batch input: headers in keys, English or Spanish labels; JSON Lines")
struct BatchInputTests {
  @Test(
    "a header may be the key, the English label or the Spanish label, any case, with or without accents",
    arguments: [
      ("first_name", FieldID.firstName), ("First name", .firstName), ("NOMBRE", .firstName),
      ("Fecha de nacimiento", .birthDate), ("fecha de  nacimiento", .birthDate),
      ("Date of birth", .birthDate),
      ("Correo electronico", .email), ("Correo Electrónico", .email),
      ("document.front_image", .documentFrontImage),
      ("Imagen del frente", .documentFrontImage), ("País de emisión", .documentCountry),
      ("pais", .addressCountry),
      ("Código postal", .addressZipCode), ("tax_id.number", .taxIDNumber),
      ("Identificación fiscal", .taxIDNumber),
      ("Origen de los fondos", .sourceOfFunds), ("additional_info.has_us_bank_account", .hasUSBankAccount),
    ])
  func headerMatches(_ header: String, _ field: FieldID) throws {
    let headers = try BatchHeaders([header])
    #expect(headers.fields == [field])
  }

  @Test("every field has a Spanish label, and no two fields share a header spelling")
  func spanishLabelsAreCompleteAndDistinct() throws {
    let form = OnboardingForm.individual
    var seen: [String: FieldID] = [:]
    for field in form.fields {
      #expect(!field.spanishLabel.isEmpty, "\(field.id) has no Spanish label")
      #expect(field.spanishLabel != field.label || field.label == "Email", "\(field.id): not translated")
      for spelling in [field.id.rawValue, field.label, field.spanishLabel] {
        let key = TextFolding.fold(spelling)
        if let other = seen[key], other != field.id {
          Issue.record("\(spelling) names both \(other) and \(field.id)")
        }
        seen[key] = field.id
      }
    }
    // A whole header row in Spanish maps one to one.
    let spanish = form.fields.map(\.spanishLabel)
    #expect(try BatchHeaders(spanish).fields == form.fields.map(\.id))
  }

  @Test("unknown, empty and repeated columns are refused, each named by column")
  func badHeaders() {
    #expect {
      try BatchHeaders(["Nombre", "Fecha nac", "", "first_name"])
    } throws: { error in
      guard case .headers(let problems) = error as? BatchInputError else { return false }
      return problems.map(\.column) == [2, 3, 4]
        && problems.map(\.code) == ["unknown_column", "empty_column", "duplicate_column"]
        && problems[0].description.contains("\"Fecha nac\"")
    }
  }

  @Test("a near miss gets a suggestion")
  func suggestion() {
    #expect {
      try BatchHeaders(["frist_name"])
    } throws: { error in
      "\(error)".contains("did you mean \"first_name\"?")
    }
  }

  @Test("CSV rows become form values; a row with the wrong number of cells is unreadable, not fatal")
  func csvRows() throws {
    let text =
      "Nombre,Apellidos,Correo electrónico\r\nAna,Ruiz,ana@example.com\r\nLuis,Pérez\r\n\"María José\",\"Núñez, de la O\",mj@example.com\r\n"
    let rows = try BatchInput.rows(of: Data(text.utf8), format: .csv)
    #expect(rows.map(\.number) == [1, 2, 3])
    #expect(rows.map(\.line) == [2, 3, 4])
    guard case .values(let first) = rows[0].content, case .unreadable(let code, _) = rows[1].content,
      case .values(let third) = rows[2].content
    else {
      Issue.record("unexpected rows: \(rows)")
      return
    }
    #expect(first[.firstName] == "Ana" && first[.email] == "ana@example.com")
    #expect(code == "wrong_cell_count")
    #expect(third[.lastName] == "Núñez, de la O")
  }

  @Test("a header with no rows, and an empty file, are refused")
  func empty() {
    #expect(throws: BatchInputError.self) { try BatchInput.rows(of: Data("first_name\n".utf8), format: .csv) }
    #expect(throws: BatchInputError.self) { try BatchInput.rows(of: Data(), format: .csv) }
  }

  @Test("JSON Lines: one body a line, blank lines skipped, a bad line is an unreadable row")
  func jsonLines() throws {
    let text =
      "{\"first_name\":\"Ana\"}\r\n\n{\"first_name\":\"Luis\",}\n{\"a\":1,\"a\":2}\n{\"first_name\":\"Eva\"}"
    let rows = try BatchInput.rows(of: Data(text.utf8), format: .jsonLines)
    #expect(rows.map(\.line) == [1, 3, 4, 5])
    let codes: [String?] = rows.map {
      if case .unreadable(let code, _) = $0.content { return code }
      return nil
    }
    #expect(codes == [nil, "trailing_comma", "duplicate_key", nil])
  }

  @Test(
    "format by extension, else by the first character",
    arguments: [
      ("a.csv", "{", BatchFormat.csv), ("a.jsonl", "first_name", .jsonLines), ("a.ndjson", "x", .jsonLines),
      ("-", "  {\"a\":1}", .jsonLines), ("-", "\u{FEFF}first_name", .csv),
    ])
  func detect(_ name: String, _ start: String, _ format: BatchFormat) {
    #expect(BatchFormat.detect(fileName: name, data: Data(start.utf8)) == format)
  }
}
