extension String {
  /// The string without leading and trailing white space and newlines (pure
  /// Swift: Foundation's `trimmingCharacters` copies through NSString, which
  /// is slow for multi-megabyte data URIs).
  public var trimmedWhitespace: String {
    let scalars = unicodeScalars
    guard let first = scalars.first, let last = scalars.last else { return self }
    if !first.properties.isWhitespace && !last.properties.isWhitespace { return self }
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
    while end > start, scalars[scalars.index(before: end)].properties.isWhitespace {
      end = scalars.index(before: end)
    }
    return String(scalars[start..<end])
  }
}
