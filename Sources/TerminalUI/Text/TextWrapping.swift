/// Breaking text into lines of a display width, and shortening it in its
/// middle, for screens where a value must be read whole.
public enum TextWrapping {
  /// `text` in lines of at most `columns` display columns, broken at spaces
  /// where possible (a word longer than a line is broken inside it). Always
  /// at least one line.
  public static func lines(_ text: String, columns: Int) -> [String] {
    guard columns > 0, DisplayWidth.of(text) > columns else { return [text] }
    var lines: [String] = []
    var current = ""
    var currentWidth = 0
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      var word = Substring(word)
      let separator = current.isEmpty ? 0 : 1
      if currentWidth + separator + DisplayWidth.of(word) <= columns {
        if separator == 1 { current += " " }
        current += word
        currentWidth += separator + DisplayWidth.of(word)
        continue
      }
      if !current.isEmpty { lines.append(current) }
      current = ""
      currentWidth = 0
      // A word wider than a line: cut it into pieces that fit.
      while DisplayWidth.of(word) > columns {
        var piece = ""
        var width = 0
        while let next = word.first, width + DisplayWidth.of(next) <= columns {
          piece.append(next)
          width += DisplayWidth.of(next)
          word.removeFirst()
        }
        if piece.isEmpty { break }
        lines.append(piece)
      }
      current = String(word)
      currentWidth = DisplayWidth.of(word)
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    return lines
  }

  /// `text` shortened to `columns` by an ellipsis in its middle: the first
  /// `keepingPrefix` characters (a URL's scheme and host) stay whole when
  /// they fit, and as much of the end as fits follows the ellipsis.
  public static func middleTruncated(_ text: String, columns: Int, keepingPrefix: Int = 0) -> String {
    guard DisplayWidth.of(text) > columns else { return text }
    guard columns > 1 else { return DisplayWidth.truncate(text, toColumns: columns) }
    let characters = Array(text)
    let headCount = min(max(keepingPrefix, (columns - 1) / 2), characters.count)
    var head = String(characters[..<headCount])
    if DisplayWidth.of(head) > columns - 1 {
      head = String(DisplayWidth.truncate(head, toColumns: columns - 1, ellipsis: "").prefix(columns - 1))
    }
    var room = columns - 1 - DisplayWidth.of(head)
    var tail = ""
    for character in characters[headCount...].reversed() {
      let width = DisplayWidth.of(character)
      guard width <= room else { break }
      tail.insert(character, at: tail.startIndex)
      room -= width
    }
    return head + "…" + tail
  }
}
