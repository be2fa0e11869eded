/// An error that knows how to explain itself to a person and which exit code it means.
///
/// The library's errors carry their words and their exit status; the
/// executable's `ErrorPresenter` is the one place that writes them.
public protocol PresentableError: Error {
  /// One or more lines for stderr, naming the field or file and the rule.
  var userMessage: String { get }
  /// The process exit status for this error.
  var exitStatus: Int32 { get }
}
