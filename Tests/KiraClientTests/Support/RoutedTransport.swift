import Foundation
import KiraClient
import KiraNetwork

/// Sends the requests `isShort` picks (at most `limit` of them) through a
/// transport with a short timeout, and every other request through one with
/// generous timeouts.
///
/// A timeout test needs one request to time out for sure (the sandbox holds
/// its answer far longer than the short timeout) and every other request,
/// sign-in above all, never to: on a loaded CI machine an ordinary loopback
/// call can take longer than the short timeout.
final class RoutedTransport: HTTPTransport, @unchecked Sendable {
  private let short: any HTTPTransport
  private let generous: any HTTPTransport
  private let isShort: @Sendable (HTTPRequest) -> Bool
  private let lock = NSLock()
  private var remaining: Int

  /// - Parameters:
  ///   - shortTimeout: the whole-request timeout (seconds) of the picked requests.
  ///   - limit: how many requests may go the short way (later ones go the generous way).
  ///   - isShort: which requests go the short way.
  init(
    shortTimeout: TimeInterval, limit: Int = .max, isShort: @escaping @Sendable (HTTPRequest) -> Bool
  ) {
    self.short = URLSessionTransport(connectTimeout: 5, requestTimeout: shortTimeout)
    self.generous = URLSessionTransport.generousForTests
    self.isShort = isShort
    self.remaining = limit
  }

  func send(_ request: HTTPRequest) async throws -> HTTPResponse {
    let goesShort = isShort(request) && takeShortTurn()
    return try await (goesShort ? short : generous).send(request)
  }

  private func takeShortTurn() -> Bool {
    lock.withLock {
      guard remaining > 0 else { return false }
      remaining -= 1
      return true
    }
  }
}

extension URLSessionTransport {
  /// Timeouts for tests against an in-process sandbox: far longer than any
  /// answer takes, even on a loaded 2-core machine running the whole suite,
  /// so a slow answer is never mistaken for a timeout (and retried, which
  /// would show up as an extra request in the sandbox's log).
  static var generousForTests: URLSessionTransport {
    URLSessionTransport(connectTimeout: 60, requestTimeout: 120)
  }
}
