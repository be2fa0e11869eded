import Foundation

/// The environment the network helper is started with, built from scratch:
/// the locale, the time zone, a temporary folder and the TLS trust settings,
/// and a proxy only where one may be used. Nothing else: no credentials
/// (`KIRA_API_KEY`, `KIRA_PASSWORD`, ...: they travel in request frames over
/// the helper's pipe), no `PATH`, no `HOME`, and cache and data folders that
/// cannot exist (`/dev/null`), so Foundation leaves no folders behind.
///
/// Proxies: a loopback target (the embedded sandbox, a local `kira-onboard
/// sandbox`) is never proxied; plain `http` is never proxied; an `https`
/// Kira goes through the proxy the operator configured (`https_proxy`,
/// `HTTPS_PROXY`, `all_proxy` or `ALL_PROXY`), passed on as `HTTPS_PROXY`
/// only, with loopback always in `NO_PROXY`.
public enum HelperEnvironment {
  /// Variables copied as they are when set.
  public static let kept = [
    "LANG", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "TZ", "TMPDIR", "SSL_CERT_FILE", "SSL_CERT_DIR",
    "CURL_CA_BUNDLE",
  ]

  /// Loopback names that must never go through a proxy.
  public static let loopback = "localhost,127.0.0.1,::1,[::1]"

  /// The helper's environment for requests to `target` (`nil`: only the
  /// embedded sandbox, on loopback), from this process's `environment`.
  public static func make(from environment: [String: String], target: URL?) -> [String: String] {
    var result: [String: String] = [:]
    for name in kept {
      if let value = environment[name], !value.isEmpty { result[name] = value }
    }
    // Foundation's URL cache would make `~/.cache/org.swift.foundation.URLCache/kira-onboard-net`
    // (0755, empty): a cache folder that cannot exist keeps it from making any.
    result["XDG_CACHE_HOME"] = "/dev/null"
    result["XDG_DATA_HOME"] = "/dev/null"
    // A crash of the helper reports once, without colour escapes, and never waits for a key.
    result["SWIFT_BACKTRACE"] = "interactive=no,color=no"
    let noProxy = [environment["no_proxy"], environment["NO_PROXY"]].compactMap { $0 }.first { !$0.isEmpty }
    result["NO_PROXY"] = [noProxy, loopback].compactMap { $0 }.joined(separator: ",")
    if let target, mayUseProxy(target),
      let proxy = ["https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"]
        .compactMap({ environment[$0] }).first(where: { !$0.isEmpty })
    {
      result["HTTPS_PROXY"] = proxy
    }
    return result
  }

  /// True for an `https` URL whose host is not loopback.
  public static func mayUseProxy(_ url: URL) -> Bool {
    guard url.scheme?.lowercased() == "https", let host = url.host else { return false }
    return !KiraEndpoint.isLoopback(host: host)
  }
}
