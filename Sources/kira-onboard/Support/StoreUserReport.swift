import Foundation
import KYCForm
import KiraClient
import KiraModels
import KiraStore

/// The text `fix` and `users` print about Kira users: ids, statuses and
/// field names, never the applicant's values (the name is masked).
enum UserReport {
  /// The state block of one user: status, verification status, missing
  /// fields per product, and the form fields to fix.
  static func stateLines(of user: KiraUser, plan: FixUpPlan) -> [String] {
    let name = NameMask.mask(firstName: user.firstName ?? "", lastName: user.lastName ?? "")
    let id = UntrustedText.clean(user.id)
    let language = CLILanguage.current
    var lines = [CLIText.userHeading(id: id, name: name.isEmpty ? nil : clean(name)).text(in: language)]
    var rows: [[String]] = [
      ["  status", clean(user.status)],
      ["  verification_status", clean(user.verificationStatus)],
    ]
    if let created = user.createdAt {
      rows.append([CLIText.createdLabel.text(in: language), clean(created)])
    }
    if let updated = user.updatedAt {
      rows.append([CLIText.updatedLabel.text(in: language), clean(updated)])
    }
    lines += StoreFormatting.table(rows)
    let products = plan.missingFieldsByProduct
    if products.isEmpty {
      lines.append(CLIText.missingFieldsNoneReported.text(in: language))
    } else {
      lines.append("  missing_fields:")
      for (product, tokens) in products {
        lines.append(
          "    \(clean(product)): "
            + (tokens.isEmpty
              ? CLIText.noneValue.text(in: language) : tokens.map(clean).joined(separator: ", ")))
      }
    }
    if plan.fieldsToAsk.isEmpty {
      lines.append(CLIText.nothingToFix.text(in: language))
    } else {
      lines.append(CLIText.fieldsToFix.text(in: language))
      lines += StoreFormatting.table(
        plan.fieldsToAsk.map {
          [
            "    " + $0.rawValue,
            plan.form.field($0).map { language == .spanish ? $0.spanishLabel : $0.label } ?? "",
          ]
        })
      lines.append(CLIText.setThemWith(id: id).text(in: language))
    }
    if !plan.unmappedTokens.isEmpty {
      lines.append(
        CLIText.notAFormField(plan.unmappedTokens.map(clean).joined(separator: ", ")).text(in: language))
    }
    return lines
  }

  /// One row per user for `users`: id, status, verification status, created.
  static func listLines(_ users: [KiraUser]) -> [String] {
    var rows = [CLIText.usersColumns.text.split(separator: "\t").map(String.init)]
    for user in users {
      let name = NameMask.mask(firstName: user.firstName ?? "", lastName: user.lastName ?? "")
      rows.append([
        UntrustedText.clean(user.id), name.isEmpty ? "-" : UntrustedText.clean(name, limit: 20),
        clean(user.status), clean(user.verificationStatus), clean(user.createdAt),
      ])
    }
    return StoreFormatting.table(rows)
  }

  /// Server text made safe for a terminal; "-" when absent.
  static func clean(_ text: String?) -> String {
    guard let text, !text.isEmpty else { return "-" }
    return UntrustedText.clean(text, limit: 200)
  }
}
