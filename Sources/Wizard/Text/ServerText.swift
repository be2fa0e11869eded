import KiraModels

/// Text that came from the server (error messages, ids, links) is untrusted:
/// everything drawn from it goes through the one sanitiser, `UntrustedText`
/// (this name is kept for the screens that already use it).
public typealias ServerText = UntrustedText
