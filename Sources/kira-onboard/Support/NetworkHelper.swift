import Foundation
import KiraClient
import KiraOnboarding

#if canImport(Glibc)
  import Glibc
#endif

/// kira-onboard's network helper, `kira-onboard-net`: installed beside
/// kira-onboard, it sends every HTTP request (and runs the embedded
/// sandbox), so this process never loads the networking stack.
enum NetworkHelper {
  /// The helper's file name.
  static let executableName = "kira-onboard-net"
  /// Names another helper executable (for an unusual install).
  static let overrideVariable = "KIRA_ONBOARD_NET"

  /// The helper's path: `$KIRA_ONBOARD_NET`, else beside this executable.
  static func executablePath(environment: [String: String]) -> String {
    if let chosen = environment[overrideVariable], !chosen.isEmpty { return chosen }
    let own = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    return own.deletingLastPathComponent().appendingPathComponent(executableName).path
  }

  /// The transport for `options`, relaying through a helper that runs the
  /// embedded sandbox when `embeddedSandboxPort` is given (0: a free port).
  static func transport(
    options: ConnectionSettings, environment: [String: String], embeddedSandboxPort: Int? = nil,
    target: URL? = nil
  ) -> NetworkHelperTransport {
    var arguments = [
      "serve", "--connect-timeout", String(options.connectTimeout),
      "--request-timeout", String(options.requestTimeout),
    ]
    if let embeddedSandboxPort {
      arguments += ["--embedded-sandbox", "--sandbox-port", String(embeddedSandboxPort)]
    }
    return NetworkHelperTransport(
      launch: NetworkHelperTransport.Launch(
        executable: executablePath(environment: environment), arguments: arguments,
        runsEmbeddedSandbox: embeddedSandboxPort != nil,
        // Built from scratch: no credentials, and a proxy only for an https Kira.
        environment: HelperEnvironment.make(from: environment, target: target)))
  }

  /// Replaces this process with `kira-onboard-net sandbox ARGUMENTS` (the
  /// sandbox lives in the helper); returns only when that is impossible.
  static func execSandbox(arguments: [String], environment: [String: String]) -> Int32 {
    let path = executablePath(environment: environment)
    let argv = ([path, "sandbox"] + arguments).map { strdup($0) } + [nil]
    execv(path, argv)
    let reason = String(cString: strerror(errno))
    ErrorPresenter.writeToStandardError(
      "kira-onboard: cannot run the sandbox: \(path): \(reason) "
        + "(kira-onboard-net is installed beside kira-onboard; \(overrideVariable) names another)")
    return ExitStatus.unavailable
  }
}
