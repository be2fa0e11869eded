import Foundation

/// Folds text for forgiving comparisons: lower case, diacritics removed
/// ("México" and "MEXICO" both fold to "mexico"; "Ñúñez" to "nunez").
public enum TextFolding {
  /// `s` lower-cased, with every combining mark removed after canonical decomposition.
  public static func fold(_ s: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in s.decomposedStringWithCanonicalMapping.unicodeScalars {
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .spacingMark, .enclosingMark: continue
      default: scalars.append(scalar)
      }
    }
    return String(scalars).lowercased()
  }
}
