import ArgumentParser
import KiraOnboarding

extension SettingsError {
  /// The same refusal as ArgumentParser's usage error (its `Error:` line,
  /// the usage, exit 64).
  var usageError: ValidationError { ValidationError(message) }
}

/// Runs a settings check of the application library, refusing what it
/// refuses as ArgumentParser's usage error.
func checkAsUsage(_ check: () throws(SettingsError) -> Void) throws {
  do {
    try check()
  } catch {
    throw error.usageError
  }
}
