import Foundation
import KYCForm
import KiraModels
import TerminalUI

/// Runs the wizard: a single-threaded key loop that feeds keys to the
/// reducer, performs the effects it returns, draws changed frames, and picks
/// up results of background work (connecting, submitting) between keys.
public final class WizardRuntime {
  /// Everything from the outside world the runtime uses, injectable for tests.
  public struct Services: Sendable {
    /// Connects to Kira (or starts the embedded sandbox). Called after the first frame.
    public var connect: @Sendable () async throws -> any WizardBackend
    /// The clock.
    public var now: @Sendable () -> Date
    /// Makes idempotency keys (UUID v4 in production).
    public var makeIdempotencyKey: @Sendable () -> String
    /// Completes file paths.
    public var pathCompleter: PathCompleter
    /// Writes a file (the demo's sample document).
    public var writeFile: @Sendable (_ path: String, _ data: Data) throws -> Void
    /// Connect right after the first frame (true), or at the first submit
    /// (false: the embedded sandbox costs memory and threads only when used).
    public var connectAtStart: Bool
    /// Where drafts are saved (nil: no drafts).
    public var drafts: (any DraftPersistence)?
    /// Work done once the first frame is on screen and before the first key
    /// is read (opening the local store, say), so it never delays the first
    /// frame; its actions are applied at once.
    public var afterFirstFrame: (@Sendable () -> [WizardAction])?

    /// Creates the services.
    public init(
      connect: @escaping @Sendable () async throws -> any WizardBackend,
      now: @escaping @Sendable () -> Date = { Date() },
      makeIdempotencyKey: @escaping @Sendable () -> String = { UUID().uuidString.lowercased() },
      pathCompleter: PathCompleter = PathCompleter(),
      writeFile: @escaping @Sendable (String, Data) throws -> Void = WizardRuntime.writeFileCreatingFolder,
      connectAtStart: Bool = true,
      drafts: (any DraftPersistence)? = nil,
      afterFirstFrame: (@Sendable () -> [WizardAction])? = nil
    ) {
      self.connect = connect
      self.now = now
      self.makeIdempotencyKey = makeIdempotencyKey
      self.pathCompleter = pathCompleter
      self.writeFile = writeFile
      self.connectAtStart = connectAtStart
      self.drafts = drafts
      self.afterFirstFrame = afterFirstFrame
    }
  }

  /// The current state (the final one once `run()` returns).
  public private(set) var state: WizardState
  private let terminal: any Terminal
  let services: Services
  let inbox = ActionInbox<WizardAction>()
  var backend: Task<(any WizardBackend)?, Never>?
  private var lastFrame: Frame?
  /// The draft save asked for while handling the current keys, written
  /// after their frame is drawn and before the next key is read (see `flushSave`).
  var pendingSave: (draft: WizardDraft, explicit: Bool)?

  /// A runtime drawing on `terminal`, starting from `state`.
  public init(terminal: any Terminal, state: WizardState, services: Services) {
    self.terminal = terminal
    self.state = state
    self.services = services
    let size = terminal.size
    self.state.columns = size.columns
    self.state.rows = size.rows
  }

  /// Runs until the operator quits; gives the terminal back and returns the final state.
  @discardableResult
  public func run() -> WizardState {
    draw()
    if let afterFirstFrame = services.afterFirstFrame {
      for action in afterFirstFrame() { dispatch(action) }
      if !state.isFinished { draw() }
    }
    flushSave()
    if services.connectAtStart, !state.isFinished { startConnecting() }
    while !state.isFinished {
      let following = state.followUp?.isFollowing == true
      let busy = state.screen == .submitting || state.connection == .connecting
      var changed = false
      if let key = terminal.nextKey(timeoutMilliseconds: busy ? 100 : 500) {
        // The clock moves with every key, so times taken by the reducer are current.
        dispatch(.tick(services.now()))
        dispatch(.key(key))
        changed = true
        // Keys already waiting (typing bursts, pastes) are applied before drawing.
        var burst = 0
        while burst < 64, !state.isFinished, let next = terminal.nextKey(timeoutMilliseconds: 0) {
          dispatch(.key(next))
          burst += 1
        }
      }
      for action in inbox.drain() {
        dispatch(action)
        changed = true
      }
      if state.screen == .submitting || following {
        // The follow-up's checks fall due on the clock, with no key pressed.
        dispatch(.tick(services.now()))
        changed = true
      }
      if changed, !state.isFinished { draw() }
      // The keys are on screen: now their draft save, before the next key.
      if flushSave(), !state.isFinished { draw() }
    }
    flushSave()
    terminal.shutdown()
    return state
  }

  /// Applies an action and performs the effects it returns.
  public func dispatch(_ action: WizardAction) {
    for effect in reduce(&state, action) {
      perform(effect)
    }
  }

  private func draw() {
    let frame = render(state)
    guard frame != lastFrame else { return }
    terminal.draw(frame)
    lastFrame = frame
  }

  // MARK: - Effects

  private func perform(_ effect: WizardEffect) {
    switch effect {
    case .submit(let payload, let key):
      submit(payload, key: key)
    case .submitAllowingExisting(let payload, let key, let existingUserIDs):
      submit(payload, key: key, allowingExistingUsers: existingUserIDs)
    case .issueIdempotencyKey:
      dispatch(.idempotencyKeyIssued(services.makeIdempotencyKey()))
    case .inspectFile(let field, let path):
      let formats = DocumentFiles.acceptedFormats(for: field)
      dispatch(
        .fileInspected(
          field: field, path: path, DocumentFiles.inspect(path, policy: state.policy, accepting: formats)))
    case .completePath(let field, let text):
      let result = services.pathCompleter.complete(text)
      dispatch(
        .pathCompleted(
          field: field, original: text, completed: result.completed, candidates: result.candidates))
    case .writeSampleDocument(let path):
      do {
        try services.writeFile(path, SampleDocument.jpegData)
      } catch {
        dispatch(.sampleDocumentFailed(reason: ServerText.clean(error.localizedDescription)))
      }
    case .checkUserStatus(let userID):
      checkUserStatus(userID)
    case .copyToClipboard(let text):
      dispatch(.clipboardAnswered(copied: terminal.copyToClipboard(text)))
    case .quit:
      break
    case .drafts(let effect):
      performDrafts(effect)
    }
  }

  /// Connects in the background (after the first frame, or at the first submit).
  func startConnecting() {
    let connect = services.connect
    let inbox = inbox
    dispatch(.connection(.connecting))
    backend = Task.detached {
      do {
        let backend = try await connect()
        try await backend.prepare()
        inbox.post(.connection(.ready))
        if let catalog = await backend.subdivisions() { inbox.post(.subdivisionsLoaded(catalog)) }
        return backend
      } catch {
        inbox.post(.connection(.failed(ServerText.clean(String(describing: error), limit: 160))))
        return nil
      }
    }
  }

  /// Sends the create in the background; the outcome comes back through the inbox.
  private func submit(_ payload: JSONValue, key: String, allowingExistingUsers: [String] = []) {
    if backend == nil { startConnecting() }
    let pending = backend
    let connect = services.connect
    let inbox = inbox
    let draftID = state.drafts.draftID
    Task.detached {
      var connected = await pending?.value
      if connected == nil {
        // The connection failed: try once more now that the operator asks,
        // and say why when it fails again.
        do {
          connected = try await connect()
          inbox.post(.connection(.ready))
        } catch {
          inbox.post(.connection(.failed(ServerText.clean(String(describing: error), limit: 160))))
        }
      }
      guard let backend = connected else {
        inbox.post(
          .submissionFinished(
            idempotencyKey: key,
            .failed(
              SubmissionFailure(kind: .unavailable, message: "Could not connect to Kira; nothing was sent"))))
        return
      }
      let progress: @Sendable (SubmissionProgress) -> Void = { progress in
        inbox.post(.submissionProgress(idempotencyKey: key, progress))
      }
      let outcome =
        if !allowingExistingUsers.isEmpty, let checking = backend as? any ExistingEmailAwareBackend {
          await checking.createUser(
            body: payload, idempotencyKey: key, draftID: draftID,
            allowingExistingUsers: allowingExistingUsers,
            progress: progress)
        } else if let journaled = backend as? any DraftAwareBackend {
          await journaled.createUser(body: payload, idempotencyKey: key, draftID: draftID, progress: progress)
        } else {
          await backend.createUser(body: payload, idempotencyKey: key, progress: progress)
        }
      inbox.post(.submissionFinished(idempotencyKey: key, outcome))
    }
  }

  /// Reads the followed user's status in the background (through the
  /// connected backend, so the network helper in the wizard).
  private func checkUserStatus(_ userID: String) {
    if backend == nil { startConnecting() }
    let pending = backend
    let inbox = inbox
    Task.detached {
      guard let reader = await pending?.value as? any UserStatusBackend else {
        inbox.post(
          .userStatusChecked(
            userID: userID, .failure(StatusCheckFailure("not connected to Kira: cannot read the status"))))
        return
      }
      inbox.post(.userStatusChecked(userID: userID, await reader.userStatus(id: userID)))
    }
  }

  /// Writes `data` to `path`, creating its folder (owner-only) when missing.
  @Sendable public static func writeFileCreatingFolder(_ path: String, _ data: Data) throws {
    let folder = (path as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    try data.write(to: URL(fileURLWithPath: path), options: .atomic)
  }
}
