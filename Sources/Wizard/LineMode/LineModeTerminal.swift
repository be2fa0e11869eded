import Foundation
import KYCForm
import KiraModels
import TerminalUI

/// Where the line mode reads and writes: standard input and output in the
/// product, a script in tests.
public protocol LineConsole: AnyObject {
  /// Writes `text` as it is (lines end with `\n`; a prompt does not).
  func write(_ text: String)
  /// The next whole line typed, waiting up to `timeoutMilliseconds`.
  func readLine(timeoutMilliseconds: Int) -> LineRead
  /// Stops (or restarts) echoing what is typed, for secrets at a terminal.
  func setEcho(_ on: Bool)
  /// True when what is typed shows by itself (a terminal echoes it); false
  /// over a pipe, where the line mode writes each answer after its prompt
  /// so the transcript reads as a dialogue (a secret as `••••`).
  var echoesInput: Bool { get }
}

/// What reading a line gave.
public enum LineRead: Sendable, Equatable {
  case line(String)
  case timeout
  case endOfInput
}

/// The wizard's `Terminal` for the accessible line mode: it draws nothing.
/// After each frame it says what changed (a new question, a refused answer,
/// a message, Review, the result) in plain numbered lines, and it turns each
/// typed line into the keys the screen wizard would get. No cursor movement,
/// no colour: it works over a pipe and with a screen reader.
public final class LineModeTerminal: Terminal {
  private let console: any LineConsole
  private var narrator: LineNarrator
  private var queued: [Key] = []
  private var state: (() -> WizardState)?
  private var prompted = false
  private var echoOff = false
  private var endOfInputKeys = 0

  /// A line-mode terminal speaking `language` on `console`.
  public init(console: any LineConsole, language: OperatorLanguage) {
    self.console = console
    self.narrator = LineNarrator(language: language)
  }

  /// Connects the terminal to the runtime whose state it reads out (call it
  /// before `run()`), and says hello.
  public func attach(environment: String, state: @escaping () -> WizardState) {
    self.state = state
    say([LineText.welcome(environment: environment).text(in: narrator.language)])
    say([LineText.commandsHint.text(in: narrator.language)])
  }

  /// Wide enough that no screen is "too small"; the frame is never shown.
  public var size: (columns: Int, rows: Int) { (100, 40) }

  public func draw(_ frame: Frame) {
    guard let current = state?() else { return }
    narrate(current)
  }

  /// Says what changed in `current` (and queues the keys that go back to a
  /// refused answer's question).
  private func narrate(_ current: WizardState) {
    let narration = narrator.narrate(current)
    if !narration.lines.isEmpty {
      say(narration.lines)
      prompted = false
    }
    if let field = narration.askAgain {
      queued += keys(toFocus: field, in: current)
    }
  }

  public func nextKey(timeoutMilliseconds: Int) -> Key? {
    if !queued.isEmpty { return queued.removeFirst() }
    // A zero wait is the runtime taking the rest of a burst: the next line is
    // read only after this one's keys were handled and their frame narrated.
    guard timeoutMilliseconds > 0, let current = state?(), !current.isFinished else { return nil }
    // An answer that changed nothing on screen (the same refused value again)
    // drew no frame: its outcome is still said.
    if narrator.answered != nil {
      narrate(current)
      if !queued.isEmpty { return queued.removeFirst() }
    }
    if !prompted {
      let secret = current.screen == .step && current.focusedDefinition?.kind == .secret
      if secret != echoOff {
        console.setEcho(!secret)
        echoOff = secret
      }
      console.write("> ")
      prompted = true
    }
    switch console.readLine(timeoutMilliseconds: timeoutMilliseconds) {
    case .timeout:
      return nil
    case .endOfInput:
      return endOfInput(current, waitMilliseconds: timeoutMilliseconds)
    case .line(let line):
      if echoOff {
        console.write("\n")
        console.setEcho(true)
        echoOff = false
      } else if !console.echoesInput {
        let secret = current.screen == .step && current.focusedDefinition?.kind == .secret
        console.write((secret && !line.isEmpty ? "••••" : UntrustedText.clean(line, limit: 200)) + "\n")
      }
      prompted = false
      switch narrator.reply(to: line, in: current) {
      case .say(let lines):
        say(lines)
        return nil
      case .keys(let keys):
        if current.screen == .step, current.overlay == nil, current.resumeList == nil,
          keys.last == .enter, let field = current.focusedField
        {
          narrator.answered = field
        }
        queued = Array(keys.dropFirst())
        return keys.first
      }
    }
  }

  public func shutdown() {
    if echoOff { console.setEcho(true) }
    if prompted { console.write("\n") }
    prompted = false
    say([LineText.goodbye.text(in: narrator.language)])
  }

  /// Input ended (a pipe closed, Ctrl-D): leave as an operator would, the
  /// answers kept as a draft. One key at a time, so each dialog is answered.
  private func endOfInput(_ current: WizardState, waitMilliseconds: Int) -> Key? {
    // A submission in flight is seen through first: its outcome is read out,
    // and a create is never left unknown because the input ended.
    if current.screen == .submitting {
      usleep(UInt32(clamping: min(waitMilliseconds, 100) * 1000))
      return nil
    }
    endOfInputKeys += 1
    if endOfInputKeys == 1 { say([LineText.endOfInput.text(in: narrator.language)]) }
    guard endOfInputKeys < 40 else { return .control("c") }
    if current.resumeList != nil { return .character("n") }
    if current.overlay == .quitConfirm { return .character("y") }
    if current.overlay != nil { return .escape }
    return .control("q")
  }

  /// Tab or Shift-Tab presses that bring the focus back to `field` on its step.
  private func keys(toFocus field: FieldID, in state: WizardState) -> [Key] {
    let order = state.visibleFields.map(\.id)
    guard let target = order.firstIndex(of: field), let current = state.focusIndex else { return [] }
    return target < current
      ? [Key](repeating: .backTab, count: current - target) : [Key](repeating: .tab, count: target - current)
  }

  private func say(_ lines: [String]) {
    if prompted {
      console.write("\n")
      prompted = false
    }
    for line in lines { console.write(line + "\n") }
  }
}

/// Standard input and output, line by line. Input is read in whatever pieces
/// it arrives and split on line ends (`\n`, `\r\n`); bytes that are not
/// UTF-8 become U+FFFD, which the field rules then refuse with a message.
public final class StandardLineConsole: LineConsole {
  private var buffer: [UInt8] = []
  private var ended = false
  private var savedTerminal: termios?

  public init() {}

  public var echoesInput: Bool { isatty(STDIN_FILENO) == 1 }

  public func write(_ text: String) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { Foundation.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        return
      }
      bytes = bytes.dropFirst(written)
    }
  }

  public func readLine(timeoutMilliseconds: Int) -> LineRead {
    if let line = takeLine() { return .line(line) }
    if ended { return takeRest() }
    var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    let ready = poll(&descriptor, 1, Int32(clamping: timeoutMilliseconds))
    guard ready > 0 else { return .timeout }
    var chunk = [UInt8](repeating: 0, count: 4096)
    let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
    if count < 0 { return errno == EINTR || errno == EAGAIN ? .timeout : takeRest(ending: true) }
    if count == 0 { return takeRest(ending: true) }
    // A line longer than any field ever holds is cut, never kept growing.
    buffer += chunk[0..<count].prefix(1_000_000 - min(buffer.count, 1_000_000))
    return takeLine().map { .line($0) } ?? .timeout
  }

  public func setEcho(_ on: Bool) {
    guard isatty(STDIN_FILENO) == 1 else { return }
    var settings = termios()
    guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return }
    if on {
      guard var saved = savedTerminal else { return }
      tcsetattr(STDIN_FILENO, TCSANOW, &saved)
      savedTerminal = nil
    } else {
      if savedTerminal == nil { savedTerminal = settings }
      settings.c_lflag &= ~tcflag_t(ECHO)
      tcsetattr(STDIN_FILENO, TCSANOW, &settings)
    }
  }

  private func takeLine() -> String? {
    guard let end = buffer.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
    var line = buffer[..<end]
    if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
    buffer.removeSubrange(...end)
    return String(decoding: line, as: UTF8.self)
  }

  private func takeRest(ending: Bool = false) -> LineRead {
    if ending { ended = true }
    guard !buffer.isEmpty else { return .endOfInput }
    let rest = String(decoding: buffer, as: UTF8.self)
    buffer = []
    return .line(rest)
  }
}
