import Foundation

#if canImport(Glibc)
  import Glibc
  private let systemRead = Glibc.read
  private let systemWrite = Glibc.write
#elseif canImport(Musl)
  import Musl
  private let systemRead = Musl.read
  private let systemWrite = Musl.write
#elseif canImport(Darwin)
  import Darwin
  private let systemRead = Darwin.read
  private let systemWrite = Darwin.write
#endif

/// The messages between kira-onboard and its network helper (`kira-onboard-net serve`).
///
/// Every HTTP request of kira-onboard goes through the helper, a separate
/// process that owns the networking stack (URLSession, libcurl and its TLS
/// libraries) and, in demo mode, the embedded sandbox. The wizard's own
/// process never loads them, which keeps its start-up, key latency and
/// memory small. The two talk over the helper's stdin and stdout in frames:
/// a 4-byte big-endian length, then that many bytes of JSON.
public enum NetworkHelperProtocol {
  /// The largest frame either side accepts (a 10 MB image, base64, with room to spare).
  public static let maximumFrameBytes = 64 << 20

  /// A message to the helper.
  public enum Command: Codable, Sendable, Hashable {
    /// Send `request`; answer with `.response` or `.failure` under the same `id`.
    case send(id: Int, request: HTTPRequest)
    /// Give up on request `id` (its answer becomes `.failure(.cancelled)`).
    case cancel(id: Int)
  }

  /// A message from the helper.
  public enum Event: Codable, Sendable, Hashable {
    /// The helper is ready; `sandboxBaseURL` is the embedded sandbox's API
    /// base URL when one was asked for.
    case ready(sandboxBaseURL: URL?)
    /// The HTTP answer to request `id`.
    case response(id: Int, response: HTTPResponse)
    /// Request `id` got no HTTP answer.
    case failure(id: Int, error: TransportError)
    /// The helper cannot work at all (the sandbox could not start, say); it exits next.
    case fatal(message: String)
  }

  /// A frame that could not be read or written.
  public struct FrameError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var description: String
  }

  /// Encodes one message as a frame.
  public static func frame(_ message: some Encodable) throws -> Data {
    let payload = try JSONEncoder().encode(message)
    var length = UInt32(payload.count).bigEndian
    var frame = Data(bytes: &length, count: 4)
    frame.append(payload)
    return frame
  }

  /// Writes one message to `descriptor`, all of it, retrying on `EINTR`.
  public static func write(_ message: some Encodable, to descriptor: Int32) throws {
    let frame = try frame(message)
    try frame.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          throw FrameError(description: "write failed: \(String(cString: strerror(errno)))")
        }
        offset += written
      }
    }
  }

  /// Reads one message from `descriptor`, blocking; nil at end of file.
  public static func read<Message: Decodable>(_ type: Message.Type, from descriptor: Int32) throws -> Message?
  {
    guard let header = try readExactly(4, from: descriptor) else { return nil }
    let length = header.withUnsafeBytes { Int(UInt32(bigEndian: $0.loadUnaligned(as: UInt32.self))) }
    guard length <= maximumFrameBytes else {
      throw FrameError(description: "a frame of \(length) bytes is over the \(maximumFrameBytes)-byte limit")
    }
    guard let payload = try readExactly(length, from: descriptor) else {
      throw FrameError(description: "the stream ended inside a frame")
    }
    do {
      return try JSONDecoder().decode(Message.self, from: payload)
    } catch {
      throw FrameError(description: "an unreadable frame (\(error))")
    }
  }

  /// Exactly `count` bytes, or nil when the stream ends before the first one.
  private static func readExactly(_ count: Int, from descriptor: Int32) throws -> Data? {
    var data = Data(count: count)
    var offset = 0
    while offset < count {
      let got = data.withUnsafeMutableBytes { buffer in
        systemRead(descriptor, buffer.baseAddress! + offset, count - offset)
      }
      if got < 0 {
        if errno == EINTR { continue }
        throw FrameError(description: "read failed: \(String(cString: strerror(errno)))")
      }
      if got == 0 {
        if offset == 0 { return nil }
        throw FrameError(description: "the stream ended inside a frame")
      }
      offset += got
    }
    return data
  }
}
