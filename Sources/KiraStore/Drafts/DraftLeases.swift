import Crypto
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Who has a draft open: shown by a second wizard that finds it taken.
public struct DraftHolder: Sendable, Hashable, CustomStringConvertible {
  /// The holder's process id.
  public var processID: Int32
  /// The operator written into its drafts.
  public var operatorName: String
  /// The machine it runs on.
  public var host: String
  /// The terminal it runs on, when it has one.
  public var terminal: String?

  /// "desk-7, process 4242 on host-a (/dev/pts/3)".
  public var description: String {
    "\(operatorName), process \(processID) on \(host)" + (terminal.map { " (\($0))" } ?? "")
  }
}

/// One writer per draft. Each process that edits drafts holds an owner lock
/// (`locks/owner-TOKEN.lock`, an `flock` the kernel drops when the process
/// dies) describing it; a draft's lease (`locks/draft-HASH.lease`) names the
/// owner token that may save it. A lease whose owner lock is free belongs to
/// a process that is gone and is taken silently; a live one is only taken
/// over on request, and its old holder learns it at its next save.
public final class DraftLeases: Sendable {
  /// What `claim` found.
  public enum Claim: Sendable, Hashable {
    /// This process may save the draft.
    case claimed
    /// Another live process has it open.
    case heldElsewhere(DraftHolder)
  }

  private let directory: URL
  private let token: String
  private let owner: FileLock

  /// Takes this process's owner lock in `directory` (created `0700`).
  public init(directory: URL, operatorName: String) throws {
    try FilePermissions.prepareDirectory(directory)
    self.directory = directory
    token = UUID().uuidString.lowercased()
    let path = directory.appendingPathComponent("owner-\(token).lock").path
    guard let owner = try FileLock.tryAcquire(path) else {
      throw StoreError.fileSystem(path: path, reason: "a fresh owner lock is already held")
    }
    self.owner = owner
    var host = [CChar](repeating: 0, count: 256)
    gethostname(&host, host.count - 1)
    let terminal = ttyname(STDIN_FILENO).map { String(cString: $0) } ?? ""
    let fields = [
      "pid=\(getpid())", "operator=\(Self.oneLine(operatorName))",
      "host=\(String(cString: host))", "tty=\(terminal)",
    ]
    owner.write(fields.joined(separator: "\n") + "\n")
  }

  deinit {
    owner.release()
    unlink(owner.path)
  }

  /// Claims draft `id` for this process; with `takeOver`, even from a live holder.
  public func claim(_ id: DraftID, takeOver: Bool = false) throws -> Claim {
    try withDraftLock(id) {
      if let current = try leaseToken(id), current != token, let holder = try liveHolder(current), !takeOver {
        return .heldElsewhere(holder)
      }
      try writeLease(id)
      return .claimed
    }
  }

  /// Before a save: `nil` when this process may still save `id` (claiming it
  /// when nobody holds it), else who took it over.
  ///
  /// A lease that already names this process is left as it is: a save
  /// rewrote and renamed it every time, and a rename makes ext4 write the
  /// file out before the next key is read.
  public func holderIfTaken(_ id: DraftID) throws -> DraftHolder? {
    try withDraftLock(id) {
      if let current = try leaseToken(id) {
        if current == token { return nil }
        if let holder = try liveHolder(current) { return holder }
      }
      try writeLease(id)
      return nil
    }
  }

  /// Gives `id` up when this process holds it (the draft was wiped or closed).
  public func release(_ id: DraftID) {
    _ = try? withDraftLock(id) {
      if try leaseToken(id) == token { unlink(leasePath(id)) }
    }
  }

  /// Who holds `id` other than this process, if anyone alive does.
  public func holder(of id: DraftID) throws -> DraftHolder? {
    guard let current = try leaseToken(id), current != token else { return nil }
    return try liveHolder(current)
  }

  // MARK: Files

  private func name(_ id: DraftID) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var hex: [UInt8] = []
    hex.reserveCapacity(32)
    for byte in SHA256.hash(data: Data(id.rawValue.utf8)).prefix(16) {
      hex.append(digits[Int(byte >> 4)])
      hex.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: hex, as: UTF8.self)
  }

  private func leasePath(_ id: DraftID) -> String {
    directory.appendingPathComponent("draft-\(name(id)).lease").path
  }

  private func withDraftLock<T>(_ id: DraftID, _ body: () throws -> T) throws -> T {
    let lock = try FileLock.acquire(directory.appendingPathComponent("draft-\(name(id)).lock").path)
    defer { lock.release() }
    return try body()
  }

  private func leaseToken(_ id: DraftID) throws -> String? {
    guard let data = try SafeFile.read(leasePath(id), limit: 256) else { return nil }
    let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    return text.isEmpty ? nil : text
  }

  private func writeLease(_ id: DraftID) throws {
    let path = leasePath(id)
    let temporary = path + ".\(token).tmp"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard fd >= 0 else {
      throw StoreError.fileSystem(path: temporary, reason: String(cString: strerror(errno)))
    }
    let bytes = Array((token + "\n").utf8)
    let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
    guard written == bytes.count, rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw StoreError.fileSystem(path: path, reason: "cannot write the draft lease: \(reason)")
    }
  }

  /// The holder behind `token` while its process lives (its owner lock is held).
  private func liveHolder(_ token: String) throws -> DraftHolder? {
    guard token.allSatisfy({ $0.isHexDigit || $0 == "-" }) else { return nil }
    let path = directory.appendingPathComponent("owner-\(token).lock").path
    guard FileManager.default.fileExists(atPath: path), try FileLock.isHeld(path) else { return nil }
    let text = String(decoding: try SafeFile.read(path, limit: 4096) ?? Data(), as: UTF8.self)
    var fields: [String: String] = [:]
    for line in text.split(separator: "\n") {
      guard let equals = line.firstIndex(of: "=") else { continue }
      fields[String(line[..<equals])] = String(line[line.index(after: equals)...])
    }
    return DraftHolder(
      processID: Int32(fields["pid"] ?? "") ?? 0, operatorName: fields["operator"] ?? "?",
      host: fields["host"] ?? "?", terminal: fields["tty"].flatMap { $0.isEmpty ? nil : $0 })
  }

  private static func oneLine(_ text: String) -> String {
    String(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.prefix(64).map(Character.init))
  }
}
