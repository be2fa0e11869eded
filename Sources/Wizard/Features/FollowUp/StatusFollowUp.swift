import Foundation
import KYCForm
import KiraModels

/// When the Result and fix-up screens ask Kira for the user again: quickly
/// at first (a sandbox or a fast Kira decides within seconds), then slower,
/// and not at all after `maxChecks` scheduled checks.
public struct FollowUpSchedule: Sendable, Hashable {
  /// The wait before each scheduled check; the last one repeats.
  public var delays: [TimeInterval]
  /// Scheduled checks before the follow-up stops (a manual refresh still works).
  public var maxChecks: Int

  /// Creates a schedule; an empty `delays` waits one second each time.
  public init(delays: [TimeInterval], maxChecks: Int) {
    self.delays = delays.isEmpty ? [1] : delays.map { max(0.1, $0) }
    self.maxChecks = max(0, maxChecks)
  }

  /// 1, 1, 2, 2, 3, 5, 8, 13, 20, then every 30 s: 30 checks, about
  /// eleven minutes in all.
  public static let standard = FollowUpSchedule(delays: [1, 1, 2, 2, 3, 5, 8, 13, 20, 30], maxChecks: 30)

  /// The wait before scheduled check number `done + 1`, nil once `maxChecks` were made.
  public func delay(afterChecks done: Int) -> TimeInterval? {
    guard done < maxChecks else { return nil }
    return delays[min(max(0, done), delays.count - 1)]
  }

  /// How long the whole schedule waits, at most (for `submit --wait`'s help).
  public var totalSeconds: TimeInterval {
    (0..<maxChecks).reduce(0) { $0 + (delay(afterChecks: $1) ?? 0) }
  }
}

/// What `GET /v1/users/{id}` said about the user's progress, cleaned and
/// bounded: everything a server sends is hostile, so a status is at most 40
/// printable characters, at most 12 products of 30 tokens each are kept.
public struct UserStatusSnapshot: Sendable, Hashable {
  /// Upper-case lifecycle status (`CREATED`, `VERIFYING`, ...).
  public var status: String?
  /// Lower-case advisory status.
  public var verificationStatus: String?
  /// `verification_triggered` when Kira sent it (the create does, `GET` often not).
  public var verificationTriggered: Bool?
  /// `missing_fields` per product, products sorted.
  public var missing: [FixTarget.Missing]
  /// Kira's rejection reasons, as its webhooks brought them to this desk
  /// (`GET` never says why), cleaned, at most 10.
  public var reasons: [String] = []

  /// Longest status kept.
  public static let statusLimit = 40
  /// Most products kept.
  public static let productLimit = 12
  /// Most tokens kept per product.
  public static let tokenLimit = 30

  /// A snapshot from raw values; cleans and bounds them.
  public init(
    status: String?, verificationStatus: String?, verificationTriggered: Bool?,
    missingFields: [String: [String]]?
  ) {
    self.status = Self.word(status)
    self.verificationStatus = Self.word(verificationStatus)
    self.verificationTriggered = verificationTriggered
    self.missing = (missingFields ?? [:]).keys.sorted().prefix(Self.productLimit).compactMap { product in
      let tokens = (missingFields?[product] ?? []).prefix(Self.tokenLimit).map {
        UntrustedText.clean($0, limit: 60)
      }.filter { !$0.isEmpty }
      guard !tokens.isEmpty else { return nil }
      return FixTarget.Missing(product: UntrustedText.clean(product, limit: 40), tokens: tokens)
    }
  }

  /// One short word from the server, or nil when nothing printable is left.
  static func word(_ text: String?) -> String? {
    guard let text else { return nil }
    let cleaned = UntrustedText.clean(text, limit: statusLimit)
    return cleaned.isEmpty ? nil : cleaned
  }

  /// True for a status after which Kira does not move the user by itself.
  public var isFinal: Bool { status.map(Self.isFinal) ?? false }

  /// `VERIFIED`, `REJECTED` and the legacy `ACTIVE`, `INACTIVE`, `SUSPENDED`
  /// end the follow-up; `CREATED`, `VERIFYING` and `REVIEW` (people at Kira
  /// decide) keep it going.
  public static func isFinal(_ status: String) -> Bool {
    ["VERIFIED", "REJECTED", "ACTIVE", "INACTIVE", "SUSPENDED"].contains(status.uppercased())
  }
}

/// Following a created (or fixed) user to a final state: the statuses seen,
/// with their times, what is still missing, and when the next check is due.
/// Pure: the reducer moves it, the runtime performs the checks it asks for.
public struct StatusFollowUp: Sendable, Hashable {
  /// A status and when it was first seen.
  public struct Transition: Sendable, Hashable {
    /// The status, cleaned.
    public var status: String
    /// When the wizard first saw it.
    public var at: Date

    /// Creates a transition.
    public init(status: String, at: Date) {
      self.status = status
      self.at = at
    }
  }

  /// Why no more checks are scheduled.
  public enum Stop: Sendable, Hashable {
    /// Kira reached a final state.
    case finalState
    /// `maxChecks` scheduled checks were made without one.
    case limit
  }

  /// Most transitions kept: the first and the latest ones.
  public static let transitionLimit = 8

  /// Kira's user id.
  public var userID: String
  /// The statuses seen, oldest first (the first, then the latest ones).
  public private(set) var transitions: [Transition] = []
  /// The latest snapshot.
  public private(set) var latest: UserStatusSnapshot
  /// `verification_triggered`, as last sent (the create's survives a `GET` without it).
  public private(set) var verificationTriggered: Bool?
  /// The schedule in force.
  public var schedule: FollowUpSchedule
  /// Statuses not taken as final here: after a re-issued verification the
  /// user stays REJECTED until the customer uses the link, so REJECTED is
  /// the state being waited out, not the answer.
  public var waitsOut: Set<String> = []
  /// Scheduled checks answered (a manual refresh does not count).
  public private(set) var scheduledChecks = 0
  /// When the next scheduled check is due (nil when stopped).
  public private(set) var nextCheckAt: Date?
  /// A check is in flight.
  public private(set) var inFlight = false
  /// The check in flight was asked for by the operator.
  var inFlightIsManual = false
  /// Why it stopped, if it did.
  public private(set) var stopped: Stop?
  /// The last check's failure, cleaned (nil after a check that worked).
  public private(set) var lastFailure: String?
  /// When Kira last answered a check.
  public private(set) var lastAnsweredAt: Date?

  /// Starts following `userID` from what the create (or update) said at `now`.
  public init(
    userID: String, snapshot: UserStatusSnapshot, now: Date, schedule: FollowUpSchedule = .standard
  ) {
    self.userID = userID
    self.latest = snapshot
    self.verificationTriggered = snapshot.verificationTriggered
    self.schedule = schedule
    if let status = snapshot.status { transitions = [Transition(status: status, at: now)] }
    planNext(now: now)
  }

  /// True while more checks are scheduled or one is in flight.
  public var isFollowing: Bool { inFlight || nextCheckAt != nil }

  /// The latest status, if Kira ever sent one.
  public var status: String? { latest.status }

  /// Takes the due check: true (and marks it in flight) when one should start now.
  public mutating func takeDueCheck(now: Date) -> Bool {
    guard !inFlight, let due = nextCheckAt, due <= now else { return false }
    inFlight = true
    inFlightIsManual = false
    return true
  }

  /// The operator asked for a check now: true (and in flight) unless one already is.
  public mutating func takeManualCheck() -> Bool {
    guard !inFlight else { return false }
    inFlight = true
    inFlightIsManual = true
    return true
  }

  /// Kira answered the check in flight.
  public mutating func record(_ snapshot: UserStatusSnapshot, now: Date) {
    finishCheck()
    lastFailure = nil
    lastAnsweredAt = now
    if let status = snapshot.status, status != transitions.last?.status {
      transitions.append(Transition(status: status, at: now))
      if transitions.count > Self.transitionLimit {
        transitions.remove(at: 1)
      }
    }
    if let triggered = snapshot.verificationTriggered { verificationTriggered = triggered }
    var kept = snapshot
    if kept.status == nil { kept.status = latest.status }
    latest = kept
    planNext(now: now)
  }

  /// The check in flight failed (network, credentials, a hostile answer).
  public mutating func recordFailure(_ reason: String, now: Date) {
    finishCheck()
    lastFailure = UntrustedText.clean(reason, limit: 160)
    planNext(now: now)
  }

  private mutating func finishCheck() {
    if inFlight, !inFlightIsManual { scheduledChecks += 1 }
    inFlight = false
    inFlightIsManual = false
  }

  /// Schedules the next check, or stops on a final state or the limit.
  private mutating func planNext(now: Date) {
    if latest.isFinal, !waitsOut.contains(latest.status?.uppercased() ?? "") {
      stopped = .finalState
      nextCheckAt = nil
    } else if let delay = schedule.delay(afterChecks: scheduledChecks) {
      stopped = nil
      nextCheckAt = now.addingTimeInterval(delay)
    } else {
      stopped = .limit
      nextCheckAt = nil
    }
  }

  // MARK: - Text

  /// `CREATED 10:02:11 → VERIFYING 10:02:13 → REJECTED 10:02:19` (UTC),
  /// with `…` where early transitions were dropped.
  public var historyText: String {
    transitions.map { "\($0.status) \(Self.clock($0.at))" }.joined(separator: " → ")
  }

  /// `HH:mm:ss` in UTC, computed without a formatter (pure and cheap).
  public static func clock(_ date: Date) -> String {
    let seconds = Int(floor(date.timeIntervalSince1970)) % 86_400
    let day = seconds < 0 ? seconds + 86_400 : seconds
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(two(day / 3600)):\(two(day / 60 % 60)):\(two(day % 60))"
  }

  /// One line on the follow-up itself: next check, final state, or stopped,
  /// in `language`.
  public func progressText(now: Date, refreshKey: String, language: OperatorLanguage = .english) -> String {
    if inFlight { return FollowUpText.asking.text(in: language) }
    let progress: FollowUpText
    switch stopped {
    case .finalState?:
      progress = .finalState(refreshKey: refreshKey)
    case .limit?:
      progress = .stopped(checks: scheduledChecks, refreshKey: refreshKey)
    case nil:
      let wait = max(0, Int(ceil((nextCheckAt ?? now).timeIntervalSince(now))))
      progress = .following(seconds: wait, refreshKey: refreshKey)
    }
    guard let lastFailure else { return progress.text(in: language) }
    return FollowUpText.failed(lastFailure, then: progress).text(in: language)
  }

  /// What to do next about the user, for people at the desk, in `language`,
  /// and the command that does it (kept on a line of its own so it is never
  /// split). `linkMode`: the applicant verifies through the hosted link, so
  /// a CREATED user is waiting for them, not for the desk.
  public func nextStep(
    userID: String, linkMode: Bool = false, language: OperatorLanguage = .english
  ) -> (advice: String, command: String?) {
    let fix = "kira-onboard fix \(UntrustedText.clean(userID, limit: 80))"
    let (advice, command) = nextStep(linkMode: linkMode, fix: fix)
    return (advice.text(in: language), command)
  }

  private func nextStep(linkMode: Bool, fix: String) -> (FollowUpText, String?) {
    switch latest.status?.uppercased() {
    case "VERIFIED", "ACTIVE": return (.verified, nil)
    case "REJECTED": return (.rejected, fix)
    case "REVIEW": return (.inReview, nil)
    case "VERIFYING": return (.verifying, nil)
    default:
      if linkMode { return (.waitingForApplicant, nil) }
      if !latest.missing.isEmpty { return (.waitingForFields, fix) }
      return verificationTriggered == false ? (.verificationNotStarted, fix) : (.notStartedYet, nil)
    }
  }
}

/// Everything the follow-up says, as values with their arguments, turned
/// into words at one place (`text(in:)`) in either language. Each case
/// returns both translations, so a missing one does not compile. Kira's
/// status names (VERIFYING, REJECTED) and commands stay as they are.
enum FollowUpText: Sendable, Hashable {
  case asking
  /// The last check failed (its reason), then what the follow-up does now.
  indirect case failed(String, then: FollowUpText)
  case finalState(refreshKey: String)
  case stopped(checks: Int, refreshKey: String)
  case following(seconds: Int, refreshKey: String)
  case verified
  case rejected
  case inReview
  case verifying
  case waitingForApplicant
  case waitingForFields
  case verificationNotStarted
  case notStartedYet

  /// The words in `language`.
  func text(in language: OperatorLanguage) -> String {
    let (english, spanish) = translations
    return language == .spanish ? spanish : english
  }

  private var translations: (String, String) {
    switch self {
    case .asking: ("… Asking Kira for the user's status", "… Consultando a Kira el estado del usuario")
    case .failed(let reason, let then):
      (
        "Last check failed (\(reason)); " + then.text(in: .english),
        "Falló la última consulta (\(reason)); " + Self.lowercasingFirst(then.text(in: .spanish))
      )
    case .finalState(let key):
      (
        "Final state: no more checks (\(key) checks again)",
        "Estado final: no hay más consultas (\(key) vuelve a consultar)"
      )
    case .stopped(let checks, let key):
      (
        "Stopped after \(checks) checks; \(key) checks again",
        "Se detuvo tras \(checks) \(checks == 1 ? "consulta" : "consultas"); \(key) vuelve a consultar"
      )
    case .following(let seconds, let key):
      (
        "Following the user: next check in \(seconds) s · \(key) checks now",
        "Siguiendo al usuario: próxima consulta en \(seconds) s · \(key) consulta ahora"
      )
    case .verified: ("Verified: nothing left to do.", "Verificado: no queda nada por hacer.")
    case .rejected:
      (
        "Rejected: see why and re-issue verification with",
        "Rechazado: vea el motivo y vuelva a emitir la verificación con"
      )
    case .inReview:
      (
        "Kira's team reviews the user by hand; nothing to do now.",
        "El equipo de Kira revisa al usuario manualmente; por ahora no hay nada que hacer."
      )
    case .verifying: ("Kira is verifying the user.", "Kira está verificando al usuario.")
    case .waitingForApplicant:
      (
        "Waiting for the applicant to complete the verification link.",
        "Esperando a que el solicitante complete la verificación desde el enlace."
      )
    case .waitingForFields:
      (
        "Kira waits for the missing fields; add them with",
        "Kira espera los campos que faltan; agréguelos con"
      )
    case .verificationNotStarted:
      (
        "Verification did not start; see what Kira needs with",
        "La verificación no comenzó; vea qué necesita Kira con"
      )
    case .notStartedYet: ("Kira has not started verifying yet.", "Kira todavía no comenzó la verificación.")
    }
  }

  /// `text` with its first letter in lower case (it goes on a sentence).
  private static func lowercasingFirst(_ text: String) -> String {
    text.prefix(1).lowercased() + text.dropFirst()
  }

  /// One example of every case, for the test that each has both translations.
  static let examples: [FollowUpText] = [
    .asking, .failed("timeout", then: .following(seconds: 2, refreshKey: "R")), .finalState(refreshKey: "R"),
    .stopped(checks: 30, refreshKey: "R"),
    .following(seconds: 2, refreshKey: "F5"), .verified, .rejected, .inReview, .verifying,
    .waitingForApplicant,
    .waitingForFields, .verificationNotStarted, .notStartedYet,
  ]
}
