import Foundation
import KiraModels

/// Where the client talks to: Kira's sandbox, Kira's production, or any URL
/// given by flag (a local sandbox, a proxy).
///
/// Rules: the path prefix of the base URL is kept (requests use relative
/// paths, so `/sandbox` is never escaped); plain `http` is refused except for
/// loopback addresses (127.0.0.0/8, ::1, localhost).
public struct KiraEndpoint: Sendable, Hashable, CustomStringConvertible {
  /// Which kind of place this is.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// Kira's hosted sandbox (`https://api.balampay.com/sandbox`).
    case sandbox
    /// Kira's production API (`https://api.balampay.com`).
    case production
    /// Any other URL.
    case custom
  }

  /// The kind.
  public let kind: Kind
  /// The validated base URL, without a trailing slash.
  public let baseURL: URL

  /// Kira's hosted sandbox (the default).
  public static let sandbox = KiraEndpoint(uncheckedKind: .sandbox, baseURL: KiraAPI.sandboxBaseURL)
  /// Kira's production API (only by explicit choice).
  public static let production = KiraEndpoint(
    uncheckedKind: .production, baseURL: KiraAPI.productionBaseURL)

  private init(uncheckedKind: Kind, baseURL: URL) {
    self.kind = uncheckedKind
    self.baseURL = baseURL
  }

  /// A base URL given by a person; throws `KiraError` (`.invalidRequest`) when it breaks the rules.
  public init(url text: String) throws {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard let components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased(),
      // The host as written (an international name stays in its xn-- form):
      // `host` would decode it with ICU's IDNA tables, about a megabyte
      // resident in the wizard for a name that is almost always ASCII.
      let host = components.encodedHost, !host.isEmpty
    else {
      throw KiraError.invalidRequest(
        "The base URL \"\(UntrustedText.clean(trimmed))\" is not an absolute URL")
    }
    guard components.query == nil, components.fragment == nil else {
      throw KiraError.invalidRequest("The base URL must not have a query or fragment")
    }
    guard components.user == nil, components.password == nil else {
      throw KiraError.invalidRequest("The base URL must not contain a user name or password")
    }
    switch scheme {
    case "https": break
    case "http":
      guard Self.isLoopback(host: host) else {
        throw KiraError.invalidRequest(
          "Plain http is only allowed for loopback addresses (127.0.0.1, ::1, localhost); use https for \(host)"
        )
      }
    default:
      throw KiraError.invalidRequest("The base URL must use https (or http on loopback), not \(scheme)")
    }
    var normalized = components
    // Setting the scheme makes URLComponents read its host, IDNA-decoding it
    // with ICU (5 MiB resident in the wizard): only an upper-case scheme is rewritten.
    if components.scheme != scheme { normalized.scheme = scheme }
    while normalized.path.hasSuffix("/") { normalized.path.removeLast() }
    guard let url = normalized.url else {
      throw KiraError.invalidRequest("The base URL \"\(UntrustedText.clean(trimmed))\" is not valid")
    }
    let canonical = Self.canonicalEnvironment(url.absoluteString)
    if canonical == "sandbox" {
      self = .sandbox
    } else if canonical == "production" {
      self = .production
    } else {
      self.kind = .custom
      self.baseURL = url
    }
  }

  /// True for 127.0.0.0/8, ::1 and localhost.
  public static func isLoopback(host: String) -> Bool {
    let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
    if bare == "localhost" || bare == "::1" || bare == "0:0:0:0:0:0:0:1" { return true }
    let parts = bare.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 4, parts[0] == "127" else { return false }
    return parts.allSatisfy { part in UInt8(part).map { _ in true } ?? false }
  }

  /// The URL for a relative API path (`v1/users`), keeping the base path prefix.
  public func url(for relativePath: String, query: [URLQueryItem] = []) -> URL {
    precondition(!relativePath.hasPrefix("/"), "API paths are relative to the base URL")
    var components = URLComponents(url: baseURL, resolvingAgainstBaseURL: false)!
    components.percentEncodedPath = components.percentEncodedPath + "/" + relativePath
    if !query.isEmpty {
      components.queryItems = query
      // URLComponents leaves "+" as is, and servers read it as a space: an
      // e-mail such as maria+test@example.com must arrive intact.
      components.percentEncodedQuery = components.percentEncodedQuery?.replacingOccurrences(
        of: "+", with: "%2B")
    }
    return components.url!
  }

  /// The environment an attempt belongs to, in the one spelling the journal
  /// records and compares: "sandbox", "production", or the base URL with
  /// scheme and host lower-cased, every loopback name (`localhost`,
  /// `127.0.0.1`, `::1`, `[::1]`) written `localhost`, the default port
  /// and trailing slashes dropped. Two spellings of one Kira get one history.
  public var canonicalEnvironment: String {
    switch kind {
    case .sandbox, .production: description
    case .custom: Self.canonicalEnvironment(baseURL.absoluteString)
    }
  }

  /// The canonical form of a recorded environment (see `canonicalEnvironment`);
  /// text that is not an absolute URL ("sandbox", an embedded sandbox's
  /// name) is kept as it is.
  public static func canonicalEnvironment(_ recorded: String) -> String {
    let trimmed = recorded.trimmingCharacters(in: .whitespaces)
    guard let components = URLComponents(string: trimmed), let rawScheme = components.scheme,
      let rawHost = components.encodedHost, !rawHost.isEmpty
    else { return recorded }
    let scheme = rawScheme.lowercased()
    var host = rawHost.lowercased()
    let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
    if ["localhost", "127.0.0.1", "::1", "0:0:0:0:0:0:0:1"].contains(bare) {
      host = "localhost"
    } else if host.contains(":"), !host.hasPrefix("[") {
      host = "[\(host)]"
    }
    var port = ""
    if let number = components.port, !(scheme == "https" && number == 443),
      !(scheme == "http" && number == 80)
    {
      port = ":\(number)"
    }
    var path = components.percentEncodedPath
    while path.hasSuffix("/") { path.removeLast() }
    let canonical = "\(scheme)://\(host)\(port)\(path)"
    if canonical == KiraAPI.sandboxBaseURL.absoluteString { return "sandbox" }
    if canonical == KiraAPI.productionBaseURL.absoluteString { return "production" }
    return canonical
  }

  /// "sandbox", "production" or the custom URL.
  public var description: String {
    switch kind {
    case .sandbox: "sandbox"
    case .production: "production"
    case .custom: baseURL.absoluteString
    }
  }
}
