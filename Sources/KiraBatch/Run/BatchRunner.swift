import Foundation
import KiraClient
import KiraModels
import KiraStore

/// One valid row, ready to send. Its body (images included) is built only
/// when the row is sent, so a batch holds at most `concurrency` bodies in
/// memory, not one per row.
public struct BatchJob: Sendable {
  /// The applicant's number in the file.
  public var row: Int
  /// Builds the normalised `POST /v1/users` body, or says why it cannot
  /// (a file changed since the rows were validated).
  public var payload: @Sendable () -> Result<JSONValue, BatchRowProblem>

  /// Creates a job.
  public init(row: Int, payload: @escaping @Sendable () -> Result<JSONValue, BatchRowProblem>) {
    self.row = row
    self.payload = payload
  }

  /// A job whose body is already built.
  public init(row: Int, body: JSONValue) {
    self.init(row: row, payload: { .success(body) })
  }
}

/// Why a row's body could not be built when it was about to be sent.
public struct BatchRowProblem: Error, Sendable, Hashable {
  /// One line: `path: message [code]`.
  public var message: String

  /// Creates a problem.
  public init(_ message: String) {
    self.message = message
  }
}

/// Sends a batch's valid rows through the journal, `concurrency` at a time
/// (the transport's gate keeps the rate), each under its derived key. Every
/// row goes through `SubmissionCoordinator.submit`, exactly like `submit`:
/// a row an earlier run created is skipped, one left without an answer is
/// replayed under its key. Rows still without a definite answer after the
/// pass get one more (replayed under the same key) before the run ends.
public struct BatchRunner: Sendable {
  /// What the runner tells its watcher.
  public enum Event: Sendable {
    /// A row ended (possibly only for this pass).
    case finished(BatchRowResult)
    /// The client is about to retry a request of `row`.
    case retry(row: Int, RetryEvent)
  }

  /// The coordinator every row goes through.
  public var coordinator: SubmissionCoordinator
  /// Rows in progress at once.
  public var concurrency: Int
  /// Where first keys come from.
  public var keys: BatchKeyDerivation
  /// Passes over rows still without a definite answer (1: none again).
  public var passes: Int = 2
  /// Rows ending `unavailable` one after another (each after its retries)
  /// that stop the batch: Kira is down, and every further row would only
  /// wait out its retries too.
  public var unavailableStreakLimit: Int { max(5, 2 * concurrency) }
  /// Called for every event, from any task.
  public var onEvent: @Sendable (Event) -> Void

  /// Creates a runner.
  public init(
    coordinator: SubmissionCoordinator, concurrency: Int, keys: BatchKeyDerivation,
    onEvent: @escaping @Sendable (Event) -> Void = { _ in }
  ) {
    self.coordinator = coordinator
    self.concurrency = max(1, concurrency)
    self.keys = keys
    self.onEvent = onEvent
  }

  /// Sends every job; returns one result per job, in row order.
  public func run(_ jobs: [BatchJob]) async -> [BatchRowResult] {
    var results: [Int: BatchRowResult] = [:]
    var pending = jobs
    for pass in 1...max(1, passes) {
      let stop = StopFlag()
      let ended = await runPass(pending, stop: stop)
      for result in ended { results[result.row] = result }
      let retryable = Set(ended.filter { $0.status == .unknown || $0.status == .unavailable }.map(\.row))
      pending = pending.filter { retryable.contains($0.row) }
      if pending.isEmpty || stop.isSet || pass == passes { break }
    }
    return jobs.compactMap { results[$0.row] }
  }

  /// One pass: workers take rows in order until none is left or the batch must stop.
  private func runPass(_ jobs: [BatchJob], stop: StopFlag) async -> [BatchRowResult] {
    let queue = JobQueue(jobs)
    return await withTaskGroup(of: [BatchRowResult].self) { group in
      for _ in 0..<min(concurrency, max(1, jobs.count)) {
        group.addTask {
          var done: [BatchRowResult] = []
          while let job = await queue.next() {
            if stop.isSet || Task.isCancelled {
              done.append(BatchRowResult(row: job.row, status: .notSent, error: stop.reason ?? "interrupted"))
              continue
            }
            let (result, stopsBatch) = await send(job)
            if stopsBatch { stop.set(result.error ?? "the batch stopped") }
            if stop.countUnavailable(result.status == .unavailable) >= unavailableStreakLimit {
              stop.set(
                "not sent: Kira was unavailable for \(unavailableStreakLimit) rows in a row; run the import again later"
              )
            }
            onEvent(.finished(result))
            done.append(result)
          }
          return done
        }
      }
      var all: [BatchRowResult] = []
      for await part in group { all += part }
      return all
    }
  }

  /// Sends one row through the coordinator and says how it ended, and
  /// whether the rest of the batch must stop (nothing else can succeed).
  func send(_ job: BatchJob) async -> (BatchRowResult, stopsBatch: Bool) {
    let result = await submit(job)
    let stops: Bool
    switch result.status {
    case .notSent: stops = true
    default: stops = false
    }
    return (result, stops)
  }

  private func submit(_ job: BatchJob) async -> BatchRowResult {
    let payload: JSONValue
    switch job.payload() {
    case .success(let body): payload = body
    case .failure(let problem):
      return BatchRowResult(row: job.row, status: .invalid, error: problem.message)
    }
    var rowCoordinator = coordinator
    let derived = keys.idempotencyKey(bodySHA256: BodyDigest.sha256Hex(of: payload))
    rowCoordinator.makeIdempotencyKey = { derived }
    let row = job.row
    let watcher = onEvent
    let previous = coordinator.onRetry
    rowCoordinator.onRetry = { event in
      previous?(event)
      watcher(.retry(row: row, event))
    }
    let report: SubmissionReport
    do {
      report = try await rowCoordinator.submit(payload)
    } catch let failure as JournalFailure {
      switch failure {
      case .beforeSending(let error):
        return BatchRowResult(row: row, status: .notSent, error: "the journal could not record it: \(error)")
      case .afterSending(let key, let error):
        return BatchRowResult(
          row: row, status: .unknown, error: "sent, but the answer could not be journalled: \(error)",
          idempotencyKey: key)
      }
    } catch {
      return BatchRowResult(row: row, status: .notSent, error: "\(error)")
    }
    let key = report.attempts.last?.idempotencyKey
    switch report.outcome {
    case .created(let userID):
      return BatchRowResult(row: row, status: .created, userID: userID, idempotencyKey: key)
    case .alreadyCreated(let userID):
      return BatchRowResult(row: row, status: .alreadyCreated, userID: userID)
    case .rejected(let error):
      return BatchRowResult(row: row, status: .rejected, error: Self.describe(error), idempotencyKey: key)
    case .unchangedAfterRejection(let earlierKey):
      return BatchRowResult(
        row: row, status: .rejected, error: "Kira already rejected this body unchanged; nothing was sent",
        idempotencyKey: earlierKey)
    case .outcomeUnknown(let openKey, let error):
      return BatchRowResult(row: row, status: .unknown, error: Self.describe(error), idempotencyKey: openKey)
    case .unavailable(let openKey, let error):
      return BatchRowResult(
        row: row, status: .unavailable, error: Self.describe(error), idempotencyKey: openKey)
    case .authenticationFailed(let error):
      return BatchRowResult(
        row: row, status: .notSent, error: Self.credentialsRefused + Self.describe(error), idempotencyKey: key
      )
    case .conflict(let openKey, let existing, let error):
      let users = existing.isEmpty ? "" : "; users with this e-mail: \(existing.joined(separator: ", "))"
      return BatchRowResult(
        row: row, status: .conflict, error: Self.describe(error) + users, idempotencyKey: openKey)
    case .emailInUse(let users, let staleKey):
      let ids = users.map { UntrustedText.clean($0.id) }.joined(separator: ", ")
      return BatchRowResult(
        row: row, status: .conflict,
        error: "Kira already has a user with this e-mail (\(ids)); nothing was sent", idempotencyKey: staleKey
      )
    }
  }

  /// How a row's error starts when Kira refused the credentials (the batch stopped).
  public static let credentialsRefused = "credentials refused: "

  /// "HTTP 400 validation_error: Invalid request data; document_number: ... [custom]".
  static func describe(_ error: KiraError) -> String {
    var parts: [String] = []
    var head = error.httpStatus.map { "HTTP \($0)" } ?? ""
    if let code = error.code { head += head.isEmpty ? code : " \(code)" }
    parts.append(head.isEmpty ? error.message : "\(head): \(error.message)")
    parts += error.fieldErrors.prefix(5).map {
      "\($0.path.isEmpty ? "(body)" : $0.path): \($0.message) [\($0.code)]"
    }
    return parts.joined(separator: "; ")
  }
}

/// Rows still to take, in order.
actor JobQueue {
  private var jobs: [BatchJob]
  private var index = 0

  init(_ jobs: [BatchJob]) { self.jobs = jobs }

  func next() -> BatchJob? {
    guard index < jobs.count else { return nil }
    defer { index += 1 }
    return jobs[index]
  }
}

/// Set once when the batch must stop (credentials refused, journal broken,
/// Kira down for row after row).
final class StopFlag: @unchecked Sendable {
  private let lock = NSLock()
  private var stopReason: String?
  private var unavailableStreak = 0

  var isSet: Bool { lock.withLock { stopReason != nil } }
  var reason: String? { lock.withLock { stopReason } }

  func set(_ reason: String) {
    lock.withLock { if stopReason == nil { stopReason = reason } }
  }

  /// Counts rows ending unavailable in a row (another outcome resets it); returns the streak.
  func countUnavailable(_ unavailable: Bool) -> Int {
    lock.withLock {
      unavailableStreak = unavailable ? unavailableStreak + 1 : 0
      return unavailableStreak
    }
  }
}
