import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file the operator named without trusting it: `stat` first (a
/// regular file only, no FIFO, device, folder or `/proc`/`/sys` entry), the
/// size against `limit` before a byte is read, then at most `limit + 1`
/// bytes, so memory stays bounded whatever is at the path.
public enum BoundedFile {
  /// The bytes at `path` (already resolved), at most `limit` of them.
  public static func read(_ path: String, limit: Int, shownAs shown: String? = nil) throws -> Data {
    let name = shown ?? path
    var before = stat()
    guard stat(path, &before) == 0 else {
      let code = errno
      if code == ENOENT || code == ENOTDIR { throw FileReadingError.notFound(path: name) }
      throw FileReadingError.unreadable(path: name, reason: reason(code))
    }
    try check(before, path: name, limit: limit)
    // O_NONBLOCK: should the path become a FIFO between `stat` and `open`, the
    // open must not wait for a writer; the `fstat` below then refuses it.
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
    guard fd >= 0 else { throw FileReadingError.unreadable(path: name, reason: reason(errno)) }
    defer { close(fd) }
    var opened = stat()
    guard fstat(fd, &opened) == 0 else {
      throw FileReadingError.unreadable(path: name, reason: reason(errno))
    }
    try check(opened, path: name, limit: limit)
    if isPseudoFileSystem(fd) {
      throw FileReadingError.notRegularFile(path: name, kind: "system (/proc or /sys) entry")
    }
    return try readBounded(fd, path: name, limit: limit, expected: Int(opened.st_size))
  }

  /// Reads at most `limit` bytes from `fd`; one more byte is a refusal. The
  /// buffer is sized for `expected` bytes (the file's size from `fstat`), so
  /// a 10 MB scan is read into one allocation, not regrown and copied.
  public static func readBounded(_ fd: Int32, path: String, limit: Int, expected: Int = 0) throws -> Data {
    var data = Data(capacity: min(max(expected, 0), limit) + 1)
    let chunk = 64 * 1024
    var buffer = [UInt8](repeating: 0, count: chunk)
    while true {
      let wanted = min(chunk, limit + 1 - data.count)
      let count = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, wanted) }
      if count < 0 {
        if errno == EINTR { continue }
        if errno == EAGAIN { throw FileReadingError.notRegularFile(path: path, kind: "pipe or device") }
        throw FileReadingError.unreadable(path: path, reason: reason(errno))
      }
      if count == 0 { return data }
      data.append(contentsOf: buffer[0..<count])
      if data.count > limit { throw FileReadingError.tooLarge(path: path, size: nil, limit: limit) }
    }
  }

  private static func check(_ info: stat, path: String, limit: Int) throws {
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw FileReadingError.isDirectory(path: path)
    case S_IFIFO: throw FileReadingError.notRegularFile(path: path, kind: "named pipe (FIFO)")
    case S_IFCHR, S_IFBLK: throw FileReadingError.notRegularFile(path: path, kind: "device")
    case S_IFSOCK: throw FileReadingError.notRegularFile(path: path, kind: "socket")
    default: throw FileReadingError.notRegularFile(path: path, kind: "special file")
    }
    if Int(info.st_size) > limit {
      throw FileReadingError.tooLarge(path: path, size: Int(info.st_size), limit: limit)
    }
  }

  /// True for `/proc` and `/sys`, whose "regular" files report size 0 and
  /// can be endless or have side effects.
  private static func isPseudoFileSystem(_ fd: Int32) -> Bool {
    #if os(Linux)
      var buffer = [CChar](repeating: 0, count: 4096)
      let count = readlink("/proc/self/fd/\(fd)", &buffer, buffer.count - 1)
      guard count > 0 else { return false }
      let target = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      return target.hasPrefix("/proc/") || target.hasPrefix("/sys/")
    #else
      return false
    #endif
  }

  private static func reason(_ code: Int32) -> String {
    switch code {
    case EACCES, EPERM: "permission denied"
    case ELOOP: "too many symbolic links"
    default: "I/O error (\(String(cString: strerror(code))))"
    }
  }
}
