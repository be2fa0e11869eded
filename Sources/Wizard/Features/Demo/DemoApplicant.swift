import KYCForm

/// A realistic, entirely fake applicant (the reference page's Maria Gonzalez)
/// that the demo helper (F5, embedded sandbox only) types into a step.
public enum DemoApplicant {
  /// The answer for each field; the document image path is added by `values(for:documentPath:)`.
  public static let answers: [FieldID: String] = [
    .verificationMode: "automatic",
    .language: "es",
    .firstName: "Maria",
    .lastName: "Gonzalez",
    .birthDate: "1990-05-15",
    .gender: "female",
    .nationality: "MEX",
    .email: "maria.gonzalez@example.com",
    .phone: "+525512345678",
    .addressStreet: "Av. Reforma 123",
    .addressCity: "Ciudad de Mexico",
    .addressState: "CDMX",
    .addressZipCode: "06600",
    .addressCountry: "MEX",
    .documentType: "passport",
    .documentNumber: "G12345678",
    .documentCountry: "MEX",
    .documentExpiration: "2030-05-15",
    .taxIDNumber: "GOMM900515AB8",
    .employmentStatus: "employed",
    .occupation: "Software Engineer",
    .currentEmployer: "Self",
    .immigrationStatus: "Non-Resident of U.S.",
    .sourceOfFunds: "salary",
    .accountPurpose: "receive_payments",
    .expectedMonthlyVolume: "less_than_10000",
    .expectedTransactionCount: "1_to_10",
    .expectedMonthlyPayments: "5",
    .pepStatus: "no",
    .hasUSBankAccount: "no",
    .hasDeniedBankAccount: "no",
  ]

  /// The demo answers for the fields of `step`, with the front image at
  /// `documentPath` (nil: left empty).
  public static func values(for step: StepDefinition, documentPath: String?) -> [FieldID: String] {
    var result: [FieldID: String] = [:]
    for field in step.fields {
      if field.id == .documentFrontImage {
        if let documentPath { result[field.id] = documentPath }
      } else if let answer = answers[field.id] {
        result[field.id] = answer
      }
    }
    return result
  }
}
