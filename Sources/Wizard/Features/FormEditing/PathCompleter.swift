import Foundation

/// Tab completion of file paths (`~` understood; the typed form is kept).
public struct PathCompleter: Sendable {
  /// The home folder `~` stands for.
  public var homeDirectory: String
  /// The folder relative paths start from.
  public var currentDirectory: String

  /// A completer for the process's home and working folders. The home is
  /// `HOME`, as for the shell and for `PathExpansion` (Foundation's
  /// `NSHomeDirectory()` reads the password database on Linux, so `~/` was
  /// completed in another folder than the one the field then expanded to).
  public init(
    homeDirectory: String = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory(),
    currentDirectory: String = FileManager.default.currentDirectoryPath
  ) {
    self.homeDirectory = homeDirectory
    self.currentDirectory = currentDirectory
  }

  /// The text completed as far as it is unambiguous, and the names that fit
  /// when more than one does (folders end with `/`).
  public func complete(_ text: String) -> (completed: String, candidates: [String]) {
    if text == "~" { return ("~/", []) }
    let slash = text.lastIndex(of: "/")
    let folderPart = slash.map { String(text[...$0]) } ?? ""
    let namePrefix = slash.map { String(text[text.index(after: $0)...]) } ?? text
    let folder = resolve(folderPart.isEmpty ? "." : folderPart)
    let manager = FileManager.default
    guard let names = try? manager.contentsOfDirectory(atPath: folder) else { return (text, []) }
    let matches = names.filter { name in
      name.hasPrefix(namePrefix) && (namePrefix.hasPrefix(".") || !name.hasPrefix("."))
    }.sorted()
    guard !matches.isEmpty else { return (text, []) }
    func decorated(_ name: String) -> String {
      var isFolder: ObjCBool = false
      let path = (folder as NSString).appendingPathComponent(name)
      return manager.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
        ? name + "/" : name
    }
    if matches.count == 1 {
      return (folderPart + decorated(matches[0]), [])
    }
    let common = matches.dropFirst().reduce(matches[0]) { prefix, name in
      String(zip(prefix, name).prefix { $0 == $1 }.map(\.0))
    }
    return (folderPart + common, matches.map(decorated))
  }

  /// `~` and relative paths made absolute.
  func resolve(_ path: String) -> String {
    if path == "~" || path.hasPrefix("~/") {
      return homeDirectory + path.dropFirst()
    }
    if path.hasPrefix("/") { return path }
    return (currentDirectory as NSString).appendingPathComponent(path)
  }
}
