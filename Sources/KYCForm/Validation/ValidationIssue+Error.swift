/// A validation issue can be the failure of a `Result` (document inspection).
extension ValidationIssue: Error {}
