import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// An exclusive advisory lock on a file (`flock`), held by one open file
/// description: two opens conflict even inside one process, and the kernel
/// drops the lock when its holder dies, so a crash never leaves it stuck.
/// The descriptor is close-on-exec, so no child inherits the lock.
public final class FileLock: @unchecked Sendable {
  /// The lock file.
  public let path: String
  private let guardLock = NSLock()
  private var descriptor: Int32

  private init(path: String, descriptor: Int32) {
    self.path = path
    self.descriptor = descriptor
  }

  deinit { if descriptor >= 0 { close(descriptor) } }

  /// Takes the lock without waiting: `nil` when another holder has it.
  /// The file is created `0600` when missing and never followed as a symlink.
  public static func tryAcquire(_ path: String) throws -> FileLock? {
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard fd >= 0 else {
      throw StoreError.fileSystem(
        path: path, reason: "cannot open lock file: \(String(cString: strerror(errno)))")
    }
    while flock(fd, LOCK_EX | LOCK_NB) != 0 {
      if errno == EINTR { continue }
      let code = errno
      close(fd)
      if code == EWOULDBLOCK { return nil }
      throw StoreError.fileSystem(path: path, reason: "cannot lock: \(String(cString: strerror(code)))")
    }
    return FileLock(path: path, descriptor: fd)
  }

  /// Takes the lock, waiting for its holder (for short critical sections
  /// such as creating and migrating a store).
  public static func acquire(_ path: String) throws -> FileLock {
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard fd >= 0 else {
      throw StoreError.fileSystem(
        path: path, reason: "cannot open lock file: \(String(cString: strerror(errno)))")
    }
    while flock(fd, LOCK_EX) != 0 {
      if errno == EINTR { continue }
      let code = errno
      close(fd)
      throw StoreError.fileSystem(path: path, reason: "cannot lock: \(String(cString: strerror(code)))")
    }
    return FileLock(path: path, descriptor: fd)
  }

  /// True while `path` is locked by someone (this process included).
  public static func isHeld(_ path: String) throws -> Bool {
    guard let probe = try tryAcquire(path) else { return true }
    probe.release()
    return false
  }

  /// Replaces the lock file's contents with `text` (who holds it, for the
  /// message another process shows).
  public func write(_ text: String) {
    guardLock.lock()
    defer { guardLock.unlock() }
    guard descriptor >= 0 else { return }
    _ = ftruncate(descriptor, 0)
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
  }

  /// Gives the lock up (idempotent).
  public func release() {
    guardLock.lock()
    defer { guardLock.unlock() }
    if descriptor >= 0 { close(descriptor) }
    descriptor = -1
  }

  /// Waits until nobody holds `path`, checking every `interval`; throws
  /// `CancellationError` when the task is cancelled.
  public static func waitUntilFree(_ path: String, interval: Duration = .milliseconds(50)) async throws {
    while try isHeld(path) {
      try await Task.sleep(for: interval)
    }
  }
}
