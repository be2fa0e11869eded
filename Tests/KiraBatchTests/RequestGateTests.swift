import Foundation
import KiraBatch
import KiraClient
import Testing

/// The gate's limits, through `PacedTransport` over a recording transport.
/// Times are only bounded from below (a sleep never ends early), so nothing
/// here depends on how loaded the machine is.
@Suite("Request gate: token bucket, concurrency and Retry-After")
struct RequestGateTests {
  /// Answers after a short pause and records how many requests overlapped.
  final class RecordingTransport: HTTPTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var inFlight = 0
    private(set) var peak = 0
    private(set) var starts: [ContinuousClock.Instant] = []
    var answers: [HTTPResponse] = []

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
      let answer: HTTPResponse = lock.withLock {
        inFlight += 1
        peak = max(peak, inFlight)
        starts.append(.now)
        return answers.isEmpty ? HTTPResponse(status: 201) : answers.removeFirst()
      }
      try await Task.sleep(for: .milliseconds(20))
      lock.withLock { inFlight -= 1 }
      return answer
    }
  }

  private static let request = HTTPRequest(
    method: "POST", url: URL(string: "http://127.0.0.1/sandbox/v1/users")!)

  @Test("never more requests in flight than the concurrency, whatever the callers do")
  func concurrency() async throws {
    let recorder = RecordingTransport()
    let paced = PacedTransport(
      base: recorder, gate: RequestGate(limits: .init(requestsPerSecond: 1_000, concurrency: 2, burst: 50)))
    try await withThrowingTaskGroup(of: Void.self) { group in
      for _ in 0..<20 { group.addTask { _ = try await paced.send(Self.request) } }
      try await group.waitForAll()
    }
    #expect(recorder.starts.count == 20)
    #expect(recorder.peak == 2)
  }

  @Test("requests are spaced by the rate: 6 at 20/s with a burst of 1 take at least 0.25 s")
  func rate() async throws {
    let recorder = RecordingTransport()
    let gate = RequestGate(limits: .init(requestsPerSecond: 20, concurrency: 4))
    let paced = PacedTransport(base: recorder, gate: gate)
    try await withThrowingTaskGroup(of: Void.self) { group in
      for _ in 0..<6 { group.addTask { _ = try await paced.send(Self.request) } }
      try await group.waitForAll()
    }
    let starts = recorder.starts.sorted()
    #expect(starts.count == 6)
    #expect(starts.last! - starts.first! >= .milliseconds(245))
    #expect(await gate.requestsStarted == 6)
  }

  @Test("a 429's Retry-After holds every later request, not only the one that got it")
  func retryAfterPausesAll() async throws {
    let recorder = RecordingTransport()
    recorder.answers = [HTTPResponse(status: 429, headers: ["Retry-After": "1"])]
    let paced = PacedTransport(
      base: recorder, gate: RequestGate(limits: .init(requestsPerSecond: 1_000, concurrency: 1, burst: 10)))
    let first = try await paced.send(Self.request)
    #expect(first.status == 429)
    _ = try await paced.send(Self.request)
    let starts = recorder.starts
    #expect(starts[1] - starts[0] >= .milliseconds(990))
  }

  @Test("limits out of range are clamped to ones that can be kept")
  func clamping() {
    let limits = RequestGate.Limits(requestsPerSecond: .nan, concurrency: 0, burst: -3)
    #expect(limits.requestsPerSecond == 10 && limits.concurrency == 1 && limits.burst == 1)
    #expect(RequestGate.Limits.kiraDefault == .init(requestsPerSecond: 10, concurrency: 2))
  }
}
