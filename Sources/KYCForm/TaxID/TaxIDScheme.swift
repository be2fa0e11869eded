/// The tax and identity numbers whose structure and check digits we know.
public enum TaxIDScheme: String, Sendable, CaseIterable, Hashable {
  /// US Social Security Number.
  case ssn
  /// US Individual Taxpayer Identification Number (9xx, issued to people without an SSN).
  case itin
  /// Mexico's Registro Federal de Contribuyentes of a person (13 characters).
  case rfc
  /// Mexico's Clave Única de Registro de Población (18 characters).
  case curp
  /// Brazil's Cadastro de Pessoas Físicas (11 digits).
  case cpf
  /// Argentina's CUIT / CUIL (11 digits).
  case cuit
  /// Colombia's Número de Identificación Tributaria (digits and a check digit).
  case colombiaNIT = "nit_col"
  /// Colombia's cédula de ciudadanía (digits, no check digit).
  case cedula
  /// Guatemala's Número de Identificación Tributaria (digits and a check digit or K).
  case guatemalaNIT = "nit_gtm"

  /// The country (alpha-3) that issues the number.
  public var country: String {
    switch self {
    case .ssn, .itin: "USA"
    case .rfc, .curp: "MEX"
    case .cpf: "BRA"
    case .cuit: "ARG"
    case .colombiaNIT, .cedula: "COL"
    case .guatemalaNIT: "GTM"
    }
  }

  /// "a Mexican RFC", for messages.
  public var described: String {
    switch self {
    case .ssn: "a US SSN"
    case .itin: "a US ITIN"
    case .rfc: "a Mexican RFC"
    case .curp: "a Mexican CURP"
    case .cpf: "a Brazilian CPF"
    case .cuit: "an Argentine CUIT/CUIL"
    case .colombiaNIT: "a Colombian NIT"
    case .cedula: "a Colombian cédula"
    case .guatemalaNIT: "a Guatemalan NIT"
    }
  }

  /// The expected format, with a made-up example.
  public var expectedFormat: String {
    switch self {
    case .ssn: "9 digits, AAA-GG-SSSS (e.g. 123-45-6789)"
    case .itin: "9 digits starting with 9, group 50-65, 70-88, 90-92 or 94-99 (e.g. 912-70-1234)"
    case .rfc: "13 characters: 4 letters, birth date YYMMDD, 3-character homoclave (e.g. GODE561231GR8)"
    case .curp:
      "18 characters: 4 letters, birth date YYMMDD, H or M, state, 3 consonants, 2 check characters"
    case .cpf: "11 digits with 2 check digits (e.g. 123.456.789-09)"
    case .cuit: "11 digits: type 20, 23, 24, 27, 30, 33 or 34, 8 digits, check digit (e.g. 20-12345678-6)"
    case .colombiaNIT: "digits, a dash and the check digit (e.g. 900373913-4)"
    case .cedula: "4 to 10 digits (e.g. 1020304050)"
    case .guatemalaNIT: "digits, a dash and the check digit or K (e.g. 576937-K)"
    }
  }

  /// `described` in `language`: "un RFC mexicano", "una CURP mexicana".
  public func described(in language: OperatorLanguage) -> String {
    guard language == .spanish else { return described }
    return switch self {
    case .ssn: "un SSN de EE. UU."
    case .itin: "un ITIN de EE. UU."
    case .rfc: "un RFC mexicano"
    case .curp: "una CURP mexicana"
    case .cpf: "un CPF brasileño"
    case .cuit: "un CUIT/CUIL argentino"
    case .colombiaNIT: "un NIT colombiano"
    case .cedula: "una cédula colombiana"
    case .guatemalaNIT: "un NIT guatemalteco"
    }
  }

  /// `expectedFormat` in `language`.
  public func expectedFormat(in language: OperatorLanguage) -> String {
    guard language == .spanish else { return expectedFormat }
    return switch self {
    case .ssn: "9 dígitos, AAA-GG-SSSS (p. ej., 123-45-6789)"
    case .itin: "9 dígitos que empiezan con 9, grupo 50-65, 70-88, 90-92 o 94-99 (p. ej., 912-70-1234)"
    case .rfc:
      "13 caracteres: 4 letras, fecha de nacimiento AAMMDD y homoclave de 3 caracteres (p. ej., GODE561231GR8)"
    case .curp:
      "18 caracteres: 4 letras, fecha de nacimiento AAMMDD, H o M, estado, 3 consonantes y 2 caracteres "
        + "verificadores"
    case .cpf: "11 dígitos con 2 dígitos verificadores (p. ej., 123.456.789-09)"
    case .cuit:
      "11 dígitos: tipo 20, 23, 24, 27, 30, 33 o 34, 8 dígitos y dígito verificador (p. ej., 20-12345678-6)"
    case .colombiaNIT: "dígitos, un guion y el dígito verificador (p. ej., 900373913-4)"
    case .cedula: "de 4 a 10 dígitos (p. ej., 1020304050)"
    case .guatemalaNIT: "dígitos, un guion y el dígito verificador o K (p. ej., 576937-K)"
    }
  }
}
