import Foundation
import KiraClient

/// A transport that lets every request through a `RequestGate` first, so the
/// client's own retries and sign-ins are paced too, and that turns a
/// `Retry-After` on a 429 or 503 into a pause of the whole batch.
public struct PacedTransport: HTTPTransport {
  /// The transport that sends.
  public let base: any HTTPTransport
  /// The gate.
  public let gate: RequestGate

  /// Wraps `base`.
  public init(base: any HTTPTransport, gate: RequestGate) {
    self.base = base
    self.gate = gate
  }

  public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
    try await gate.acquire()
    let response: HTTPResponse
    do {
      response = try await base.send(request)
    } catch {
      await gate.release()
      throw error
    }
    if response.status == 429 || response.status == 503,
      let seconds = KiraErrorDecoder.retryAfterSeconds(response.header("Retry-After"))
    {
      // Before the slot is given back, so the next request already waits.
      await gate.pause(seconds: seconds)
    }
    await gate.release()
    return response
  }
}
