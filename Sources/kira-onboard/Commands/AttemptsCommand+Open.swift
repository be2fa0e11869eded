import ArgumentParser
import Foundation

extension AttemptsCommand {
  /// `kira-onboard attempts open ID`: the wizard on a failed attempt (the
  /// same as `kira-onboard --attempt ID`).
  struct Open: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "open",
      abstract: "Open a failed attempt in the wizard: Review with Kira's field errors on their fields.",
      discussion: """
        The answers come from the attempt's draft (or the body kept for an attempt whose outcome \
        is unknown); Kira's field errors come from the journal. Enter on Review edits the first \
        rejected field; F10 submits again safely (same key after an unknown outcome, a new key \
        only after a definite rejection). Same as `kira-onboard --attempt ID`.
        """)

    @Argument(help: "The attempt's number (the #N of `kira-onboard attempts`).")
    var id: Int64

    @OptionGroup var connection: ConnectionOptions

    @OptionGroup var store: StoreOptions

    @OptionGroup var retention: DraftRetentionOptions

    @Flag(name: .long, help: "Use the embedded sandbox even when credentials are configured.")
    var demo = false

    func run() async throws {
      let settings = WizardSettings(
        connection: connection.settings, store: store.settings, keepDrafts: retention.keepDrafts,
        attemptID: id, demo: demo)
      try settings.validate()
      try await MainActor.run { try settings.runOnMainThread() }
    }
  }
}
