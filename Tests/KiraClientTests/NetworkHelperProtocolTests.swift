import Foundation
import KiraClient
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The frames between kira-onboard and its network helper, through a real pipe.
@Suite("Network helper frames")
struct NetworkHelperProtocolTests {
  /// A pipe whose ends are closed when the test is done. Each end is closed
  /// once: a second close of a number the kernel has since handed to another
  /// test (tests run in parallel) would close that test's descriptor.
  final class Pipe {
    let readEnd: Int32
    let writeEnd: Int32
    private var writeEndOpen = true
    init() throws {
      var ends: [Int32] = [-1, -1]
      try #require(pipe(&ends) == 0)
      readEnd = ends[0]
      writeEnd = ends[1]
    }
    /// Ends the stream: the reader then sees end of file.
    func closeWriteEnd() {
      guard writeEndOpen else { return }
      writeEndOpen = false
      close(writeEnd)
    }
    deinit {
      close(readEnd)
      closeWriteEnd()
    }
  }

  @Test("every message survives the trip: headers, binary bodies, errors, the sandbox URL")
  func roundTrip() throws {
    let pipe = try Pipe()
    let body = Data((0..<300).map { UInt8($0 % 256) })
    let commands: [NetworkHelperProtocol.Command] = [
      .send(
        id: 7,
        request: HTTPRequest(
          method: "POST", url: URL(string: "https://api.example.test/v1/users?x=1")!,
          headers: ["Idempotency-Key": "k-1", "Content-Type": "application/json"], body: body)),
      .send(id: 8, request: HTTPRequest(method: "GET", url: URL(string: "http://127.0.0.1:9/v1/users")!)),
      .cancel(id: 7),
    ]
    let events: [NetworkHelperProtocol.Event] = [
      .ready(sandboxBaseURL: URL(string: "http://127.0.0.1:4010/sandbox")),
      .ready(sandboxBaseURL: nil),
      .response(
        id: 7,
        response: HTTPResponse(status: 201, headers: ["Retry-After": "2"], body: body, bodyWasTruncated: true)
      ),
      .failure(id: 8, error: TransportError(.timedOut, detail: "no complete answer in 30.0 s")),
      .fatal(message: "the embedded sandbox could not start: port 4010 is taken"),
    ]
    for command in commands { try NetworkHelperProtocol.write(command, to: pipe.writeEnd) }
    for event in events { try NetworkHelperProtocol.write(event, to: pipe.writeEnd) }
    for command in commands {
      #expect(
        try NetworkHelperProtocol.read(NetworkHelperProtocol.Command.self, from: pipe.readEnd) == command)
    }
    for event in events {
      #expect(try NetworkHelperProtocol.read(NetworkHelperProtocol.Event.self, from: pipe.readEnd) == event)
    }
  }

  @Test("end of stream between frames is nil; inside a frame it is an error")
  func endOfStream() throws {
    let clean = try Pipe()
    try NetworkHelperProtocol.write(NetworkHelperProtocol.Command.cancel(id: 1), to: clean.writeEnd)
    clean.closeWriteEnd()
    #expect(
      try NetworkHelperProtocol.read(NetworkHelperProtocol.Command.self, from: clean.readEnd)
        == .cancel(id: 1))
    #expect(try NetworkHelperProtocol.read(NetworkHelperProtocol.Command.self, from: clean.readEnd) == nil)

    let cut = try Pipe()
    let frame = try NetworkHelperProtocol.frame(NetworkHelperProtocol.Command.cancel(id: 2))
    _ = frame.prefix(frame.count - 3).withUnsafeBytes { write(cut.writeEnd, $0.baseAddress, $0.count) }
    cut.closeWriteEnd()
    #expect(throws: NetworkHelperProtocol.FrameError.self) {
      try NetworkHelperProtocol.read(NetworkHelperProtocol.Command.self, from: cut.readEnd)
    }
  }

  @Test("an oversized length or a frame that is not a message is refused, never allocated or guessed")
  func refusesBadFrames() throws {
    let huge = try Pipe()
    var length = UInt32(NetworkHelperProtocol.maximumFrameBytes + 1).bigEndian
    _ = write(huge.writeEnd, &length, 4)
    let error = #expect(throws: NetworkHelperProtocol.FrameError.self) {
      try NetworkHelperProtocol.read(NetworkHelperProtocol.Event.self, from: huge.readEnd)
    }
    #expect(error?.description.contains("limit") == true)

    let garbage = try Pipe()
    let payload = Data("{\"unknown\":{}}".utf8)
    var garbageLength = UInt32(payload.count).bigEndian
    _ = write(garbage.writeEnd, &garbageLength, 4)
    _ = payload.withUnsafeBytes { write(garbage.writeEnd, $0.baseAddress, $0.count) }
    #expect(throws: NetworkHelperProtocol.FrameError.self) {
      try NetworkHelperProtocol.read(NetworkHelperProtocol.Event.self, from: garbage.readEnd)
    }
  }

  @Test("a transport error keeps its meaning across the pipe: never sent vs maybe sent")
  func errorMeaning() {
    #expect(TransportError.Reason.helperUnavailable.mayHaveReachedServer == false)
    #expect(TransportError.Reason.helperUnavailable.isRetryable == false)
    #expect(TransportError.Reason.connectionLost.mayHaveReachedServer)
  }
}
