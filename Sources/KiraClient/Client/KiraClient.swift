import Foundation
import KiraModels
import Logging

/// The Kira API client: typed operations over a one-method transport, with
/// token caching and renewal, retries with back-off, idempotency keys on the
/// POSTs that need them, and one typed error (`KiraError`).
///
/// It has no terminal code: progress is reported through `RetryEvent`
/// callbacks and logs go to the injected swift-log `Logger` (redacted: no
/// bodies, no secrets).
public final class KiraClient: Sendable {
  /// Configuration (endpoint, credentials, version, retry bounds).
  public let configuration: KiraClientConfiguration
  private let transport: any HTTPTransport
  private let clock: any KiraClock
  private let logger: Logger
  private let unitRandom: @Sendable () -> Double
  private let eventHandler: (@Sendable (RetryEvent) -> Void)?
  private let tokens: TokenCache

  /// Creates a client.
  /// - Parameters:
  ///   - transport: how requests are sent (`NetworkHelperTransport` in the
  ///     executable, `URLSessionTransport` from KiraNetwork in the helper and tests).
  ///   - clock: time and sleeping (injected by tests so retries are instant).
  ///   - logger: where logs go; nowhere by default.
  ///   - unitRandom: jitter source in 0...1.
  ///   - onRetry: called before every retry wait, for every operation.
  public init(
    configuration: KiraClientConfiguration, transport: any HTTPTransport,
    clock: any KiraClock = SystemClock(),
    logger: Logger = Logger(label: "kira-onboard.client", factory: { _ in SwiftLogNoOpLogHandler() }),
    unitRandom: @escaping @Sendable () -> Double = { Double.random(in: 0...1) },
    onRetry: (@Sendable (RetryEvent) -> Void)? = nil
  ) {
    self.configuration = configuration
    self.transport = transport
    self.clock = clock
    self.logger = logger
    self.unitRandom = unitRandom
    self.eventHandler = onRetry
    self.tokens = TokenCache(margin: configuration.tokenRenewalMargin)
  }

  /// Where requests go.
  public var endpoint: KiraEndpoint { configuration.endpoint }

  // MARK: - Requests

  /// One API call, described before it is sent.
  struct Operation: Sendable {
    var method: String
    var path: String
    var query: [URLQueryItem] = []
    var body: Data?
    var idempotencyKey: String?
    var authenticated = true
    /// True for calls that create something (a lost answer means "outcome unknown").
    var createsSomething = false

    var name: String { "\(method) \(path)" }
  }

  /// The exact request for `operation`, with every header the API wants.
  func buildRequest(_ operation: Operation, token: String?) -> HTTPRequest {
    var headers: [String: String] = [
      KiraAPI.Header.apiKey: configuration.credentials.apiKey,
      KiraAPI.Header.apiVersion: configuration.apiVersion,
      KiraAPI.Header.userAgent: configuration.userAgent,
      "Accept": "application/json",
    ]
    if let token { headers[KiraAPI.Header.authorization] = "Bearer \(token)" }
    if operation.body != nil { headers[KiraAPI.Header.contentType] = "application/json" }
    if let key = operation.idempotencyKey { headers[KiraAPI.Header.idempotencyKey] = key }
    return HTTPRequest(
      method: operation.method, url: configuration.endpoint.url(for: operation.path, query: operation.query),
      headers: headers, body: operation.body)
  }

  /// Sends `operation` with retries and one re-authentication on 401;
  /// returns the 2xx response or throws `KiraError`.
  func perform(_ operation: Operation, onRetry: (@Sendable (RetryEvent) -> Void)?) async throws
    -> HTTPResponse
  {
    let policy = configuration.retryPolicy
    let started = clock.now()
    var attempt = 0
    var httpAttempts = 0
    var reauthenticated = false
    var reachedReason: TransportError.Reason?

    func fail(_ error: KiraError) -> KiraError {
      var error = error
      error.attempts = httpAttempts
      error.idempotencyKey = operation.idempotencyKey
      error.operation = operation.name
      guard operation.createsSomething, let reachedReason else { return error }
      switch error.kind {
      case .transport, .server, .rateLimited, .authentication, .forbidden, .invalidResponse:
        // An earlier attempt may have reached Kira; this answer does not say what it did.
        error.kind = .outcomeUnknown(reachedReason)
        error.message = "No definite answer from Kira (\(reachedReason.phrase), then: \(error.message))"
      default: break
      }
      return error
    }

    while true {
      attempt += 1
      let token: String? = operation.authenticated ? try await currentToken(onRetry: onRetry) : nil
      let request = buildRequest(operation, token: token)
      httpAttempts += 1
      logger.debug(
        "kira request",
        metadata: [
          "operation": "\(operation.name)", "attempt": "\(attempt)",
          "idempotency_key": "\(operation.idempotencyKey ?? "-")",
        ])
      let sentAt = clock.now()
      let response: HTTPResponse
      do {
        response = try await transport.send(request)
      } catch {
        let transportError =
          (error as? TransportError)
          ?? (error is CancellationError
            ? TransportError(.cancelled) : TransportError(.other, detail: String(describing: error)))
        if transportError.reason.mayHaveReachedServer, operation.createsSomething {
          reachedReason = transportError.reason
        }
        logger.notice(
          "kira transport failure",
          metadata: ["operation": "\(operation.name)", "reason": "\(transportError.reason.rawValue)"])
        let kiraError = KiraError(
          kind: .transport(transportError.reason),
          message:
            "Could not reach Kira at \(configuration.endpoint.baseURL.host ?? "?"): \(transportError.reason.phrase)"
        )
        if transportError.reason.isRetryable,
          let delay = policy.delayBeforeRetry(
            afterAttempt: attempt, elapsed: clock.now().timeIntervalSince(started), retryAfter: nil,
            unitRandom: unitRandom())
        {
          try await wait(
            RetryEvent(
              operation: operation.name, nextAttempt: attempt + 1, maxAttempts: policy.maxAttempts,
              delay: delay,
              reason: .transport(transportError.reason), fromRetryAfter: false),
            onRetry: onRetry, failure: { fail(kiraError) })
          continue
        }
        throw fail(kiraError)
      }
      do {
        try KiraAnswerDecoder.checkEnvelope(response, operation: operation.name)
      } catch {
        logger.notice(
          "kira answer refused",
          metadata: ["operation": "\(operation.name)", "code": "\(error.code ?? "-")"])
        throw fail(error)
      }
      logger.info(
        "kira response",
        metadata: [
          "operation": "\(operation.name)", "status": "\(response.status)", "attempt": "\(attempt)",
          "ms": "\(Int(clock.now().timeIntervalSince(sentAt) * 1000))",
        ])
      if (200..<300).contains(response.status) { return response }

      if response.status == 401, let token, !reauthenticated {
        reauthenticated = true
        attempt -= 1
        await tokens.invalidate(token)
        logger.info("kira token refused; authenticating again", metadata: ["operation": "\(operation.name)"])
        continue
      }

      let error = KiraErrorDecoder.decode(response, operation: operation.name)
      logger.notice(
        "kira error",
        metadata: [
          "operation": "\(operation.name)", "status": "\(response.status)", "code": "\(error.code ?? "-")",
          "fields": "\(error.fieldErrors.map(\.path).joined(separator: ","))",
        ])
      if error.isRetryable,
        let delay = policy.delayBeforeRetry(
          afterAttempt: attempt, elapsed: clock.now().timeIntervalSince(started),
          retryAfter: error.retryAfter,
          unitRandom: unitRandom())
      {
        try await wait(
          RetryEvent(
            operation: operation.name, nextAttempt: attempt + 1, maxAttempts: policy.maxAttempts,
            delay: delay,
            reason: .status(response.status), fromRetryAfter: error.retryAfter != nil),
          onRetry: onRetry, failure: { fail(error) })
        continue
      }
      throw fail(error)
    }
  }

  /// Reports a retry and waits; a cancelled wait ends the operation with `failure()`.
  private func wait(
    _ event: RetryEvent, onRetry: (@Sendable (RetryEvent) -> Void)?, failure: () -> KiraError
  ) async throws {
    logger.notice(
      "kira retry",
      metadata: [
        "operation": "\(event.operation)", "next_attempt": "\(event.nextAttempt)",
        "delay_s": "\(event.delay)",
      ])
    eventHandler?(event)
    onRetry?(event)
    do {
      try await clock.sleep(seconds: event.delay)
    } catch {
      throw failure()
    }
  }

  // MARK: - Token

  /// A valid access token, authenticating when none is cached or it is due for renewal.
  private func currentToken(onRetry: (@Sendable (RetryEvent) -> Void)?) async throws -> String {
    try await tokens.token(at: clock.now()) { [self] in
      let data = try await requestToken(onRetry: onRetry)
      return (data.accessToken, data.expiresIn)
    }
  }

  /// `POST /auth`: exchanges the client id and password for a token.
  private func requestToken(onRetry: (@Sendable (RetryEvent) -> Void)?) async throws -> AuthResponse.TokenData
  {
    let body = AuthRequest(
      clientID: configuration.credentials.clientID, password: configuration.credentials.password)
    let operation = Operation(
      method: "POST", path: KiraAPI.Path.auth, body: try JSONEncoder().encode(body), authenticated: false)
    let response: HTTPResponse
    do {
      response = try await perform(operation, onRetry: onRetry)
    } catch var error as KiraError {
      if case .validation = error.kind { error.kind = .authentication }
      if case .forbidden = error.kind { error.kind = .authentication }
      throw error
    }
    let json = try KiraAnswerDecoder.json(response, operation: operation.name)
    let data = json["data"] ?? json
    guard let token = data["access_token"]?.stringValue, !token.isEmpty else {
      throw KiraError(
        kind: .invalidResponse, httpStatus: response.status,
        message: "Kira's /auth answer has no access_token", operation: operation.name)
    }
    // Read expires_in (never assume 3600), clamped to 1 s ... 24 h; without it, 24 h (a 401 renews sooner).
    let lifetime = try KiraAnswerDecoder.tokenLifetime(data["expires_in"], operation: operation.name)
    let expiresIn = lifetime.seconds
    if lifetime.clamped {
      logger.notice("kira token lifetime out of range; clamped", metadata: ["expires_in": "\(expiresIn)"])
    }
    logger.info("kira authenticated", metadata: ["expires_in": "\(expiresIn)"])
    return AuthResponse.TokenData(
      accessToken: token, expiresIn: expiresIn, tokenType: data["token_type"]?.stringValue ?? "Bearer")
  }

  /// Authenticates now (even if a token is cached) and caches the new token.
  @discardableResult
  public func authenticate(onRetry: (@Sendable (RetryEvent) -> Void)? = nil) async throws
    -> AuthResponse.TokenData
  {
    let issuedAt = clock.now()
    let data = try await requestToken(onRetry: onRetry)
    await tokens.store(token: data.accessToken, expiresIn: data.expiresIn, issuedAt: issuedAt)
    return data
  }
}
