import Foundation

/// The one rule for a verification link from Kira before it is shown as a
/// link: `https`, or `http` only on loopback (the embedded sandbox), a host,
/// no characters a terminal would act on, at most 2,048 characters. Anything
/// else (`javascript:`, `data:`, `file:`, plain `http` to a remote host) is
/// refused with the reason, and never printed as a link.
public enum VerificationLink {
  /// The longest link accepted.
  public static let maxLength = 2_048

  /// `link` when it may be shown, else why not.
  public static func check(_ link: String) -> Result<String, Refusal> {
    guard link.unicodeScalars.count <= maxLength else {
      return .failure(Refusal("it is over \(maxLength) characters"))
    }
    guard
      !link.unicodeScalars.contains(where: {
        UntrustedText.isRemoved($0) || $0.properties.isWhitespace || $0.value >= 0x80
      })
    else { return .failure(Refusal("it holds spaces, control or non-ASCII characters")) }
    guard let url = URL(string: link), let scheme = url.scheme?.lowercased() else {
      return .failure(Refusal("it is not a URL"))
    }
    guard scheme == "https" || scheme == "http" else {
      return .failure(Refusal("its scheme is \(UntrustedText.clean(scheme, limit: 20)), not https"))
    }
    guard let host = url.host?.lowercased(), !host.isEmpty else { return .failure(Refusal("it has no host")) }
    switch scheme {
    case "https": return .success(link)
    case "http" where isLoopback(host): return .success(link)
    case "http": return .failure(Refusal("it is plain http to a host that is not this machine"))
    default: return .failure(Refusal("its scheme is \(UntrustedText.clean(scheme, limit: 20)), not https"))
    }
  }

  /// Why a link was refused.
  public struct Refusal: Error, Sendable, Hashable, CustomStringConvertible {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    /// "the verification link Kira sent was refused: its scheme is javascript, not https".
    public var description: String { "the verification link Kira sent was refused: \(reason)" }
  }

  static func isLoopback(_ host: String) -> Bool {
    let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
    if bare == "localhost" || bare == "::1" { return true }
    let parts = bare.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
  }
}
