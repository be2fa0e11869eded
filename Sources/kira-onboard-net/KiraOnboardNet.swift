import ArgumentParser
import BuildStamp

/// `kira-onboard-net`: the part of kira-onboard that talks to networks.
///
/// kira-onboard starts it as a child (`serve`) for every HTTP request, and
/// hands `kira-onboard sandbox` over to it, so the wizard's own process never
/// loads URLSession, libcurl, SwiftNIO or Hummingbird. It names itself
/// `kira-onboard` in help and messages: people meet it only through kira-onboard.
@main
struct KiraOnboardNet: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kira-onboard",
    abstract: "kira-onboard's network helper: the local sandbox and the request relay.",
    discussion: "Run by kira-onboard; use `kira-onboard sandbox` rather than this program.",
    version: BuildStamp.describe(
      version: "kira-onboard-net \(BuildStamp.productVersion)", stamp: BuildStamp.current),
    subcommands: [SandboxCommand.self, ServeCommand.self, WebhooksListenCommand.self]
  )
}
