import Foundation

/// Masks an applicant's name for lists and logs: "Maria Gonzalez" -> "M. G…".
public enum NameMask {
  /// Initials of the first and last name; "" when both are empty.
  public static func mask(firstName: String, lastName: String) -> String {
    let first = firstName.trimmingCharacters(in: .whitespacesAndNewlines).first
      .map { String($0).uppercased() }
    let last = lastName.trimmingCharacters(in: .whitespacesAndNewlines).first
      .map { String($0).uppercased() }
    switch (first, last) {
    case (let first?, let last?): return "\(first). \(last)…"
    case (let first?, nil): return "\(first)…"
    case (nil, let last?): return "\(last)…"
    case (nil, nil): return ""
    }
  }

  /// The mask for the `first_name` / `last_name` fields of `values`.
  public static func mask(_ values: FormValues) -> String {
    mask(firstName: values["first_name"], lastName: values["last_name"])
  }
}
