import ArgumentParser
import Foundation
import KYCForm
import KiraOnboarding
import KiraStore

/// `kira-onboard drafts list|purge|delete`: the operator's saved drafts.
struct DraftsCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "drafts",
      abstract: CLIHelp.draftsAbstract.text,
      subcommands: [List.self, Purge.self, Delete.self],
      defaultSubcommand: List.self)
  }

  /// `drafts list`.
  struct List: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "list",
        abstract: CLIHelp.draftsListAbstract.text,
        discussion: CLIHelp.draftsListDiscussion.text)
    }

    @OptionGroup var store: StoreOptions

    @Flag(name: .long, help: CLIHelp.printJSONTable.help)
    var json = false

    func run() throws {
      do {
        let drafts = try store.settings.openStore().drafts.list()
        let now = Date()
        if json {
          print(
            String(decoding: try StoreFormatting.jsonEncoder.encode(drafts.map(DraftRow.init)), as: UTF8.self)
          )
          return
        }
        guard !drafts.isEmpty else {
          print(CLIText.noDrafts.text)
          return
        }
        var rows = [CLIText.draftsColumns.text.split(separator: "\t").map(String.init)]
        for draft in drafts {
          rows.append([
            draft.id.rawValue, draft.maskedName.isEmpty ? CLIText.noName.text : draft.maskedName,
            StepID.draftPlace(
              step: draft.step, focusedField: draft.focusedField, language: CLILanguage.current),
            StoreFormatting.age(from: draft.updatedAt, now: now), draft.operatorName, draft.kind.label,
            draft.errorCodes.isEmpty ? "-" : draft.errorCodes.joined(separator: ", "),
          ])
        }
        StoreFormatting.table(rows).forEach { print($0) }
      } catch {
        throw ExitCode(ErrorPresenter.present(error))
      }
    }
  }

  /// `drafts purge`.
  struct Purge: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "purge",
        abstract: CLIHelp.draftsPurgeAbstract.text)
    }

    @OptionGroup var store: StoreOptions

    @Option(
      name: .customLong("older-than"),
      help: ArgumentHelp(
        CLIHelp.olderThan.text,
        valueName: "age"))
    var olderThan: String = RetentionAge.defaultDraftAge.description

    func validate() throws {
      let olderThan = olderThan
      try checkAsUsage { () throws(SettingsError) in
        _ = try RetentionAge.parse(olderThan, option: "--older-than")
      }
    }

    func run() throws {
      do {
        let age = RetentionAge(parsing: olderThan) ?? .defaultDraftAge
        let opened = try LocalStore.open(at: store.settings.location)
        let removed = try opened.drafts.purge(olderThan: age.seconds)
        print(CLIText.purged(count: removed.count, age: "\(age)").text)
        removed.forEach { print("  \($0.rawValue)") }
      } catch {
        throw ExitCode(ErrorPresenter.present(error))
      }
    }
  }

  /// `drafts delete ID`.
  struct Delete: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "delete",
        abstract: CLIHelp.draftsDeleteAbstract.text)
    }

    @OptionGroup var store: StoreOptions

    @Argument(help: CLIHelp.draftID.help)
    var id: String

    func run() throws {
      do {
        let draftID = DraftID(rawValue: id.trimmingCharacters(in: .whitespaces).lowercased())
        guard try store.settings.openStore().drafts.delete(draftID) else {
          throw StoreError.draftNotFound(draftID.rawValue)
        }
        print(CLIText.deletedDraft(draftID.rawValue).text)
      } catch {
        throw ExitCode(ErrorPresenter.present(error))
      }
    }
  }
}

/// One draft as printed by `drafts list --json` (no applicant values).
private struct DraftRow: Encodable {
  var id: String
  var kind: String
  var remoteUserId: String?
  var step: String
  var focusedField: String?
  var operatorName: String
  var createdAt: Date
  var updatedAt: Date
  var maskedName: String
  var errorCodes: [String]

  init(_ summary: DraftSummary) {
    id = summary.id.rawValue
    kind = summary.kind.label.split(separator: " ").first.map(String.init) ?? "new"
    remoteUserId = summary.kind.remoteUserID
    step = summary.step.rawValue
    focusedField = summary.focusedField?.rawValue
    operatorName = summary.operatorName
    createdAt = summary.createdAt
    updatedAt = summary.updatedAt
    maskedName = summary.maskedName
    errorCodes = summary.errorCodes
  }

  enum CodingKeys: String, CodingKey {
    case id, kind, remoteUserId, step, focusedField
    case operatorName = "operator"
    case createdAt, updatedAt, maskedName, errorCodes
  }
}
