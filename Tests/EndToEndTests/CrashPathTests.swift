import Foundation
import Testing

/// A crash at a terminal (a test-only trigger, `KIRA_ONBOARD_TEST_CRASH`):
/// the report is printed, the terminal is given back, nothing raw reaches
/// it from what was written while curses owned the screen, and the Swift
/// backtracer does not wait (up to 30 s) for a key.
@Suite("a crash at a terminal ends promptly and cleanly (tmux)", .serialized)
struct CrashPathTests {
  /// The backtracer's offer to interact, which would hold the terminal.
  static let interactivePrompt = "Press space to interact"

  @Test("a crash while the wizard owns the screen: restored, filtered, no wait for a key")
  func crashInWizard() async throws {
    let session = try await TmuxSession(
      arguments: ["--demo"], environment: ["KIRA_ONBOARD_TEST_CRASH": "wizard"], columns: 200, rows: 150)
    defer { session.kill() }
    let titleBefore = try await session.paneTitle()
    // Well under the backtracer's 30 s: it must not be waiting for a key.
    let exit = try await session.waitForExit(timeout: 25)
    let screen = try await session.capture()
    #expect(exit.status == 128 + SIGILL || exit.status == 128 + SIGTRAP, "\(screen)")
    #expect(exit.ttyRestored)
    #expect(!screen.contains(Self.interactivePrompt))
    #expect(screen.contains("crash test:"), "the captured stderr is replayed")
    #expect(!screen.contains("PWNED"), "an escape's payload reached the terminal:\n\(screen)")
    #expect(!screen.contains("desrever") || !screen.contains("\u{202E}"))
    #expect(try await session.paneTitle() == titleBefore)
  }

  @Test("a crash of a command at a terminal: no wait for a key")
  func crashInCommand() async throws {
    let session = try await TmuxSession(
      arguments: ["drafts", "list"], environment: ["KIRA_ONBOARD_TEST_CRASH": "start"])
    defer { session.kill() }
    let exit = try await session.waitForExit(timeout: 25)
    let screen = try await session.capture()
    #expect(exit.status == 128 + SIGILL || exit.status == 128 + SIGTRAP, "\(screen)")
    #expect(!screen.contains(Self.interactivePrompt))
  }
}
