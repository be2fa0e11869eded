import ArgumentParser
import Foundation
import KiraClient
import KiraModels

/// `kira-onboard users --email ADDRESS`: finds existing Kira users before
/// creating a duplicate.
struct UsersCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "users",
    abstract: "Find existing Kira users by e-mail (GET /v1/users?email=) before creating a duplicate.",
    discussion: "Prints id, status, verification status and creation time of each match.")

  @OptionGroup var connection: ConnectionOptions

  @Option(name: .long, help: ArgumentHelp("The e-mail address to look up.", valueName: "address"))
  var email: String

  @Flag(name: .long, help: "Print the users Kira returned as JSON.")
  var json = false

  func validate() throws {
    let trimmed = email.trimmingCharacters(in: .whitespaces)
    if trimmed.isEmpty || !trimmed.contains("@") {
      throw ValidationError("--email must be an e-mail address")
    }
  }

  func run() async throws {
    do {
      let session = try await makeKiraSession(options: connection.settings)
      let users: [KiraUser]
      do {
        users = try await Self.allUsers(
          client: session.client, email: email.trimmingCharacters(in: .whitespaces))
      } catch {
        await session.close()
        throw error
      }
      await session.close()
      if json {
        printJSON(JSONValue.array(users.map(\.raw)))
      } else if users.isEmpty {
        print("No Kira user has this e-mail (\(session.environmentName)).")
      } else {
        UserReport.listLines(users).forEach { print($0) }
      }
    } catch {
      throw ExitCode(ErrorPresenter.present(error))
    }
  }

  /// Every page of matches (100 per request, at most 1,000 users).
  static func allUsers(client: KiraClient, email: String) async throws -> [KiraUser] {
    var users: [KiraUser] = []
    var offset = 0
    while offset < 1_000 {
      let page = try await client.listUsers(limit: 100, offset: offset, email: email)
      users += page.data
      guard page.pagination.hasMore, !page.data.isEmpty else { break }
      offset += page.data.count
    }
    return users
  }
}
