import ArgumentParser
import Foundation
import KiraModels
import KiraOnboarding

/// The one place that turns errors into what a person sees: message on
/// stderr, an exit code, never a stack trace. Never called while curses owns
/// the screen.
enum ErrorPresenter {
  /// Writes the message for `error` to stderr and returns the exit code.
  static func present(_ error: any Error) -> Int32 {
    let (message, status) = describe(error)
    if !message.isEmpty { writeToStandardError(message) }
    return status
  }

  /// The message and exit status for an error, without printing.
  static func describe(_ error: any Error) -> (message: String, status: Int32) {
    if let presentable = error as? any PresentableError {
      return ("kira-onboard: " + presentable.userMessage, presentable.exitStatus)
    }
    if let exit = error as? ExitCode {
      return ("", exit.rawValue)
    }
    return ("kira-onboard: \(error.localizedDescription)", ExitStatus.software)
  }

  /// Writes a line to stderr.
  static func writeToStandardError(_ text: String) {
    let safe = UntrustedText.printable(text)
    FileHandle.standardError.write(Data((safe.hasSuffix("\n") ? safe : safe + "\n").utf8))
  }
}
