import Foundation
import KiraStore

/// A fresh temporary folder, removed when the value goes away.
final class TemporaryFolder: @unchecked Sendable {
  let url: URL

  init(_ name: String = "kira-onboarding-tests") throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }

  var path: String { url.path }

  /// Writes `text` to `name` inside the folder with `mode`, returning its path.
  @discardableResult
  func write(_ text: String, to name: String, mode: Int = 0o600) throws -> String {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
    try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: file.path)
    return file.path
  }
}

/// An `XDG_CONFIG_HOME` with `kira-onboard/credentials.json` in it, and the
/// environment that points at it (no credentials variables, no `HOME` to fall back on).
struct CredentialsHome {
  let folder: TemporaryFolder
  let file: String

  /// A credentials file holding `json` with `mode` (owner-only by default).
  init(json: String, mode: Int = 0o600) throws {
    folder = try TemporaryFolder("kira-credentials")
    file = try folder.write(json, to: "kira-onboard/credentials.json", mode: mode)
  }

  /// A complete file, with `base_url` when given.
  init(baseURL: String?) throws {
    let url = baseURL.map { #", "base_url": "\#($0)""# } ?? ""
    try self.init(
      json: #"{"api_key": "file-key", "client_id": "file-client", "password": "file-pass"\#(url)}"#)
  }

  var environment: [String: String] {
    ["HOME": "/nonexistent/kira-home", "XDG_CONFIG_HOME": folder.path, "KIRA_ONBOARD_LOG": "off"]
  }
}

/// A store in a temporary folder.
final class TemporaryStore: @unchecked Sendable {
  let folder: TemporaryFolder
  let location: StoreLocation
  let store: LocalStore

  init() throws {
    folder = try TemporaryFolder("kira-onboarding-store")
    location = StoreLocation(directory: folder.url.appendingPathComponent("store"))
    store = try LocalStore.open(at: location)
  }
}
