import Foundation
import KiraClient

#if canImport(Glibc)
  import Glibc
#endif

/// libcurl (under URLSession on Linux) reads proxies from the environment
/// at each transfer. The network helper calls `enforce()` once at start,
/// before any request, so whatever it was started with: plain `http` is
/// never proxied (`http_proxy`, `HTTP_PROXY` removed), `ALL_PROXY` becomes
/// an https-only proxy, and loopback is always in `NO_PROXY`.
public enum ProxyEnvironment {
  /// Rewrites this process's proxy variables as described above.
  public static func enforce() {
    let environment = ProcessInfo.processInfo.environment
    let https = ["https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"]
      .compactMap { environment[$0] }.first { !$0.isEmpty }
    for name in ["http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY", "https_proxy", "HTTPS_PROXY"] {
      unsetenv(name)
    }
    if let https { setenv("HTTPS_PROXY", https, 1) }
    let noProxy = [environment["no_proxy"], environment["NO_PROXY"]].compactMap { $0 }.first { !$0.isEmpty }
    let merged = [noProxy, HelperEnvironment.loopback].compactMap { $0 }.joined(separator: ",")
    unsetenv("no_proxy")
    setenv("NO_PROXY", merged, 1)
  }
}
