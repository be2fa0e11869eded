import ArgumentParser
import Foundation
import KiraClient
import KiraModels
import KiraOnboarding

/// `kira-onboard users --email ADDRESS`: finds existing Kira users before
/// creating a duplicate.
struct UsersCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "users",
      abstract: CLIHelp.usersAbstract.text,
      discussion:
        CLIHelp.usersDiscussion.text)
  }

  @OptionGroup var connection: ConnectionOptions

  @Option(name: .long, help: ArgumentHelp(CLIHelp.email.text, valueName: "address"))
  var email: String?

  @Option(
    name: .long,
    help: ArgumentHelp(CLIHelp.status.text, valueName: "status"))
  var status: String?

  @Option(
    name: .customLong("verification-status"),
    help: ArgumentHelp(CLIHelp.verificationStatus.text, valueName: "status"))
  var verificationStatus: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      CLIHelp.since.text, valueName: "time"))
  var since: String?

  @Flag(name: .long, help: CLIHelp.usersJSON.help)
  var json = false

  /// `--since` as Kira's `created_after` (ISO 8601, UTC).
  var createdAfter: String? { since.flatMap(Self.createdAfter) }

  /// A `--since` value (`2026-12-01` or an ISO 8601 time) as Kira's
  /// `created_after`; nil when it is neither.
  static func createdAfter(_ since: String) -> String? {
    let text = since.trimmingCharacters(in: .whitespaces)
    let time = text.count == 10 ? text + "T00:00:00Z" : text
    return ISO8601DateFormatter().date(from: time) == nil ? nil : time
  }

  func validate() throws {
    if let email {
      let trimmed = email.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || !trimmed.contains("@") {
        throw ValidationError("--email must be an e-mail address")
      }
    }
    if email == nil, status == nil, verificationStatus == nil, since == nil {
      throw ValidationError("give at least one filter: --email, --status, --verification-status or --since")
    }
    for (name, value) in [("--status", status), ("--verification-status", verificationStatus)] {
      if let value, value.isEmpty || !value.allSatisfy({ $0.isLetter || $0 == "_" }) {
        throw ValidationError("\(name) must be a status word such as REJECTED or in_review")
      }
    }
    if since != nil, createdAfter == nil {
      throw ValidationError("--since must be a date (2026-12-01) or an ISO 8601 time (2026-12-01T10:00:00Z)")
    }
  }

  func run() async throws {
    do {
      let session = try await makeKiraSession(options: connection.settings)
      let users: [KiraUser]
      do {
        users = try await Self.allUsers(
          client: session.client, email: email?.trimmingCharacters(in: .whitespaces), status: status,
          verificationStatus: verificationStatus, createdAfter: createdAfter)
      } catch {
        await session.close()
        throw error
      }
      await session.close()
      if json {
        printJSON(JSONValue.array(users.map(\.raw)))
      } else if users.isEmpty {
        print(
          email != nil && status == nil && verificationStatus == nil && since == nil
            ? CLIText.noUserWithEmail(environment: session.environmentName).text
            : CLIText.noUserMatches(environment: session.environmentName).text)
      } else {
        UserReport.listLines(users).forEach { print($0) }
      }
    } catch {
      throw ExitCode(ErrorPresenter.present(error))
    }
  }

  /// Every page of matches (100 per request, at most 1,000 users).
  static func allUsers(
    client: KiraClient, email: String?, status: String? = nil, verificationStatus: String? = nil,
    createdAfter: String? = nil
  ) async throws -> [KiraUser] {
    var users: [KiraUser] = []
    var offset = 0
    while offset < 1_000 {
      let page = try await client.listUsers(
        limit: 100, offset: offset, email: email, status: status, verificationStatus: verificationStatus,
        createdAfter: createdAfter)
      users += page.data
      guard page.pagination.hasMore, !page.data.isEmpty else { break }
      offset += page.data.count
    }
    return users
  }
}
