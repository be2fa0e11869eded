import Foundation
import KiraClient

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The live transport: URLSession (FoundationNetworking on Linux).
///
/// - The whole request is bounded by `requestTimeout`; `connectTimeout` bounds
///   the time without any progress (which covers connecting).
/// - At most `maxBodyBytes` of a response body are kept; a longer body is cut
///   and flagged, so a huge error page never fills memory.
/// - Redirects are never followed (they could carry the API key to another host).
/// - No cookies, no cache.
public final class URLSessionTransport: HTTPTransport {
  /// Default cap on the response body kept in memory (1 MiB).
  public static let defaultMaxBodyBytes = 1 << 20

  private let session: URLSession
  private let delegate: SessionDelegate
  private let requestTimeout: TimeInterval
  private let connectTimeout: TimeInterval

  /// Creates a transport with the given timeouts (seconds) and body cap.
  public init(
    connectTimeout: TimeInterval = 10, requestTimeout: TimeInterval = 30,
    maxBodyBytes: Int = URLSessionTransport.defaultMaxBodyBytes
  ) {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = connectTimeout
    configuration.timeoutIntervalForResource = requestTimeout
    configuration.httpShouldSetCookies = false
    configuration.httpCookieAcceptPolicy = .never
    configuration.urlCache = nil
    configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
    let delegate = SessionDelegate(maxBodyBytes: maxBodyBytes)
    self.delegate = delegate
    self.session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
    self.requestTimeout = requestTimeout
    self.connectTimeout = connectTimeout
  }

  deinit {
    session.invalidateAndCancel()
  }

  /// Sends the request; throws `TransportError` when no HTTP answer came back.
  public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
    var urlRequest = URLRequest(url: request.url)
    urlRequest.httpMethod = request.method
    urlRequest.httpBody = request.body
    urlRequest.timeoutInterval = connectTimeout
    for (name, value) in request.headers {
      urlRequest.setValue(value, forHTTPHeaderField: name)
    }
    let task = session.dataTask(with: urlRequest)
    let pending = PendingTask()
    delegate.register(pending, for: task.taskIdentifier)
    return try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation { continuation in
        pending.setContinuation(continuation)
        let timeout = requestTimeout
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [weak task] in
          if pending.finish(
            with: .failure(TransportError(.timedOut, detail: "no complete answer in \(timeout) s")))
          {
            task?.cancel()
          }
        }
        task.resume()
      }
    } onCancel: {
      if pending.finish(with: .failure(TransportError(.cancelled))) {
        task.cancel()
      }
    }
  }
}

/// One in-flight request: its continuation, the bytes received so far, and
/// whether it already finished (the first of completion, timeout, cap or
/// cancellation wins).
private final class PendingTask: @unchecked Sendable {
  private let lock = NSLock()
  private var continuation: CheckedContinuation<HTTPResponse, any Error>?
  private var early: Result<HTTPResponse, any Error>?
  private var finished = false
  private(set) var response: HTTPURLResponse?
  private(set) var body = Data()

  func setContinuation(_ continuation: CheckedContinuation<HTTPResponse, any Error>) {
    lock.lock()
    if let early {
      lock.unlock()
      continuation.resume(with: early)
      return
    }
    self.continuation = continuation
    lock.unlock()
  }

  func setResponse(_ response: HTTPURLResponse) {
    lock.lock()
    self.response = response
    lock.unlock()
  }

  /// Appends bytes; returns false when the cap is exceeded (the body is then cut at the cap).
  func append(_ data: Data, cap: Int) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    let room = cap - body.count
    if data.count <= room {
      body.append(data)
      return true
    }
    if room > 0 { body.append(data.prefix(room)) }
    return false
  }

  /// The response built from what was received.
  func snapshot(truncated: Bool) -> HTTPResponse? {
    lock.lock()
    defer { lock.unlock() }
    guard let response else { return nil }
    var headers: [String: String] = [:]
    for (key, value) in response.allHeaderFields {
      headers[String(describing: key)] = String(describing: value)
    }
    return HTTPResponse(
      status: response.statusCode, headers: headers, body: body, bodyWasTruncated: truncated)
  }

  /// Resumes the caller once; returns true if this call was the one that finished it.
  @discardableResult
  func finish(with result: Result<HTTPResponse, any Error>) -> Bool {
    lock.lock()
    if finished {
      lock.unlock()
      return false
    }
    finished = true
    let continuation = self.continuation
    self.continuation = nil
    if continuation == nil { early = result }
    lock.unlock()
    continuation?.resume(with: result)
    return true
  }
}

/// Routes URLSession callbacks to the request they belong to.
private final class SessionDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
  private let lock = NSLock()
  private var tasks: [Int: PendingTask] = [:]
  private let maxBodyBytes: Int

  init(maxBodyBytes: Int) {
    self.maxBodyBytes = maxBodyBytes
  }

  func register(_ pending: PendingTask, for identifier: Int) {
    lock.lock()
    tasks[identifier] = pending
    lock.unlock()
  }

  private func pending(for identifier: Int, remove: Bool = false) -> PendingTask? {
    lock.lock()
    defer { lock.unlock() }
    return remove ? tasks.removeValue(forKey: identifier) : tasks[identifier]
  }

  func urlSession(
    _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
  ) {
    if let http = response as? HTTPURLResponse {
      pending(for: dataTask.taskIdentifier)?.setResponse(http)
    }
    completionHandler(.allow)
  }

  func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
    guard let pending = pending(for: dataTask.taskIdentifier) else { return }
    if !pending.append(data, cap: maxBodyBytes) {
      if let response = pending.snapshot(truncated: true), pending.finish(with: .success(response)) {
        dataTask.cancel()
      }
    }
  }

  func urlSession(
    _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
  ) {
    completionHandler(nil)
  }

  func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
    guard let pending = pending(for: task.taskIdentifier, remove: true) else { return }
    if let error {
      pending.finish(with: .failure(Self.transportError(from: error)))
    } else if let response = pending.snapshot(truncated: false) {
      pending.finish(with: .success(response))
    } else {
      pending.finish(with: .failure(TransportError(.other, detail: "not an HTTP response")))
    }
  }

  static func transportError(from error: any Error) -> TransportError {
    let nsError = error as NSError
    guard nsError.domain == NSURLErrorDomain else {
      return TransportError(.other, detail: nsError.localizedDescription)
    }
    let detail = "URLError \(nsError.code)"
    switch URLError.Code(rawValue: nsError.code) {
    case .cannotConnectToHost, .notConnectedToInternet:
      return TransportError(.connectionRefused, detail: detail)
    case .cannotFindHost, .dnsLookupFailed:
      return TransportError(.cannotFindHost, detail: detail)
    case .timedOut:
      return TransportError(.timedOut, detail: detail)
    case .networkConnectionLost, .badServerResponse, .cannotParseResponse, .unknown:
      // FoundationNetworking reports a body cut short (curl's "partial file") as -1.
      return TransportError(.connectionLost, detail: detail)
    case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
      .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected,
      .clientCertificateRequired:
      return TransportError(.tls, detail: detail)
    case .cancelled:
      return TransportError(.cancelled, detail: detail)
    default:
      return TransportError(.other, detail: detail)
    }
  }
}
