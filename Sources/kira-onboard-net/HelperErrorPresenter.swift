import ArgumentParser
import Foundation
import KiraModels
import KiraSandbox

/// How the helper's own commands report a problem: one line on stderr
/// (prefixed like every kira-onboard message) and a sysexits status.
/// `serve` never prints: its problems travel to kira-onboard as frames.
enum HelperErrorPresenter {
  /// Writes the message for `error` to stderr and returns the exit status.
  static func present(_ error: any Error) -> Int32 {
    switch error {
    case let error as SandboxError:
      writeToStandardError("kira-onboard: \(error.description)")
      if case .invalidArgument = error { return 64 }
      return 69
    case let exit as ExitCode:
      return exit.rawValue
    default:
      writeToStandardError("kira-onboard: \(error.localizedDescription)")
      return 70
    }
  }

  /// Writes a line to stderr.
  static func writeToStandardError(_ text: String) {
    // Messages may quote outside text (a path, a server's words): the one sanitiser first.
    let safe = UntrustedText.printable(text)
    FileHandle.standardError.write(Data((safe.hasSuffix("\n") ? safe : safe + "\n").utf8))
  }
}
