import KiraModels

/// Every `print` of this executable goes through the one sanitiser: this
/// function shadows `Swift.print` in the module, so no print path (a user
/// id, a status, a link, a message quoting a file name) can hand a
/// terminal an escape sequence, a control or a bidi override, even one a
/// call site forgot to clean. Line breaks and spacing are kept; values from
/// outside are also cleaned one by one where they are formatted, so they
/// cannot start a line of their own.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
  let text = items.map { String(describing: $0) }.joined(separator: separator)
  Swift.print(UntrustedText.printable(text), terminator: terminator)
}

/// Prints JSON for people or scripts: characters a terminal would act on
/// are written as `\uXXXX` escapes, which keep the JSON's exact meaning.
func printJSON(_ value: JSONValue, pretty: Bool = true) {
  Swift.print(UntrustedText.jsonForTerminal(value.encodedString(pretty: pretty)))
}
