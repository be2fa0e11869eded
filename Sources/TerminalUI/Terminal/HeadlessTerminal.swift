/// An in-memory `Terminal` for tests: keys come from a script, frames are
/// recorded, and a `ScreenDiff` of every frame against the one before tells
/// how many cells a key changed. Single-threaded, like the runtime loop.
public final class HeadlessTerminal: Terminal {
  /// Current size; a scripted `.resize` key changes it before it is returned.
  public private(set) var size: (columns: Int, rows: Int)
  /// Every frame drawn, oldest first.
  public private(set) var frames: [Frame] = []
  /// For each drawn frame, the cells that changed since the frame before.
  public private(set) var diffs: [ScreenDiff] = []
  /// Keys not yet delivered.
  public private(set) var pendingKeys: [Key]
  /// How often `nextKey` was asked for a key when the script was empty.
  public private(set) var idlePolls = 0
  /// The timeouts passed to `nextKey`, in call order.
  public private(set) var requestedTimeouts: [Int] = []
  /// True once `shutdown()` was called.
  public private(set) var isShutDown = false
  /// How many times `shutdown()` was called.
  public private(set) var shutdownCount = 0
  /// Called when `nextKey` finds the script empty; may enqueue more keys
  /// (e.g. once an asynchronous effect has finished).
  public var onIdle: ((HeadlessTerminal) -> Void)?

  /// Texts sent to the clipboard, oldest first.
  public private(set) var clipboard: [String] = []
  /// False makes `copyToClipboard` answer that this terminal cannot copy.
  public var allowsClipboard = true

  /// Records `text` as copied (when `allowsClipboard`).
  public func copyToClipboard(_ text: String) -> Bool {
    guard allowsClipboard else { return false }
    clipboard.append(text)
    return true
  }

  /// A terminal of `columns` x `rows` that will deliver `keys` in order.
  public init(columns: Int = 80, rows: Int = 24, keys: [Key] = []) {
    self.size = (columns, rows)
    self.pendingKeys = keys
  }

  /// The last frame drawn, if any.
  public var lastFrame: Frame? { frames.last }

  /// The text of the last frame, one string per row.
  public var screenLines: [String] { lastFrame?.grid.lines ?? [] }

  /// The last frame as text, rows joined by newlines (trailing blanks kept).
  public var screenText: String { screenLines.joined(separator: "\n") }

  /// Adds keys at the end of the script.
  public func enqueue(_ keys: [Key]) { pendingKeys.append(contentsOf: keys) }

  /// Adds every character of `text` as a typed key.
  public func type(_ text: String) { enqueue(text.map { Key.character($0) }) }

  /// Records `frame` and its diff against the previous frame.
  public func draw(_ frame: Frame) {
    diffs.append(ScreenDiff(from: frames.last?.grid, to: frame.grid))
    frames.append(frame)
  }

  /// The next scripted key, or `nil` (at once, without waiting) when the
  /// script is empty. A `.resize` key updates `size` first.
  public func nextKey(timeoutMilliseconds: Int) -> Key? {
    requestedTimeouts.append(timeoutMilliseconds)
    if pendingKeys.isEmpty {
      idlePolls += 1
      onIdle?(self)
      if pendingKeys.isEmpty { return nil }
    }
    let key = pendingKeys.removeFirst()
    if case .resize(let columns, let rows) = key { size = (columns, rows) }
    return key
  }

  /// Marks the terminal as given back.
  public func shutdown() {
    isShutDown = true
    shutdownCount += 1
  }
}
