/// The wizard's short argument path: `kira-onboard`, `kira-onboard --fresh`,
/// `kira-onboard --base-url URL --operator ana` read without ArgumentParser.
///
/// ArgumentParser builds each command's definition by reflection at every
/// start (mirrors of the option groups, protocol-conformance scans over the
/// whole binary): about 3 ms before the wizard's first frame. The wizard's own
/// options are a short, fixed list, so they are read here instead. Anything
/// else (a subcommand, help, `--version`, a short name, a repeated option, a
/// value that does not convert or breaks a rule) returns nil and goes through
/// the full parse, so output and error messages stay ArgumentParser's.
/// `WizardArgumentsTests` checks that this list names exactly the options
/// `WizardCommand` declares and that both paths give equal settings.
extension WizardSettings {
  /// How one option sets its value: a flag, or a value that may fail to convert.
  enum QuickOption: Sendable {
    /// A flag: present means set.
    case flag(@Sendable (inout WizardSettings) -> Void)
    /// An option with a value; false when the value does not convert.
    case value(@Sendable (inout WizardSettings, String) -> Bool)
  }

  /// Every long name of the wizard's options, with the option it belongs to
  /// (aliases share one) and how it applies.
  static let quickOptions: [String: (option: String, apply: QuickOption)] = {
    func text(_ set: @escaping @Sendable (inout WizardSettings, String) -> Void) -> QuickOption {
      .value { settings, value in
        set(&settings, value)
        return true
      }
    }
    func number<Number: LosslessStringConvertible & SendableMetatype>(
      _ set: @escaping @Sendable (inout WizardSettings, Number) -> Void
    ) -> QuickOption {
      .value { settings, value in
        guard let number = Number(value) else { return false }
        set(&settings, number)
        return true
      }
    }
    let options: [(names: [String], apply: QuickOption)] = [
      (["--base-url"], text { $0.connection.baseURL = $1 }),
      (["--production"], .flag { $0.connection.production = true }),
      (["--api-version"], text { $0.connection.apiVersion = $1 }),
      (["--connect-timeout"], number { $0.connection.connectTimeout = $1 }),
      (["--request-timeout"], number { $0.connection.requestTimeout = $1 }),
      (["--max-attempts"], number { $0.connection.maxAttempts = $1 }),
      (["--max-retry-time"], number { $0.connection.maxRetryTime = $1 }),
      (["--log-file"], text { $0.connection.logFile = $1 }),
      (["--store"], text { $0.store.storePath = $1 }),
      (["--operator"], text { $0.store.operatorOverride = $1 }),
      (["--draft-max-age"], text { $0.store.draftMaxAge = $1 }),
      (["--keep-drafts"], .flag { $0.keepDrafts = true }),
      (["--resume"], text { $0.resumeID = $1 }),
      (["--fresh", "--no-resume"], .flag { $0.fresh = true }),
      (["--load"], text { $0.loadFile = $1 }),
      (["--attempt"], number { $0.attemptID = $1 }),
      (["--demo"], .flag { $0.demo = true }),
      (["--minimum-age"], number { $0.minimumAge = $1 }),
    ]
    var byName: [String: (option: String, apply: QuickOption)] = [:]
    for (names, apply) in options {
      for name in names { byName[name] = (names[0], apply) }
    }
    return byName
  }()

  /// The settings `arguments` ask for when they are only the wizard's long
  /// options (`--name value` or `--name=value`), each given once, with values
  /// that convert and pass `validate()`; nil for anything else.
  init?(quickParsing arguments: [String]) {
    var settings = WizardSettings()
    var given: Set<String> = []
    var remaining = arguments[...]
    while let argument = remaining.popFirst() {
      guard argument.hasPrefix("--") else { return nil }
      let name: Substring
      var inlineValue: String?
      if let equals = argument.firstIndex(of: "=") {
        name = argument[..<equals]
        inlineValue = String(argument[argument.index(after: equals)...])
      } else {
        name = argument[...]
      }
      guard let known = Self.quickOptions[String(name)], given.insert(known.option).inserted else {
        return nil
      }
      switch known.apply {
      case .flag(let set):
        guard inlineValue == nil else { return nil }
        set(&settings)
      case .value(let set):
        let value: String
        if let inlineValue {
          value = inlineValue
        } else {
          // A value that looks like an option is ArgumentParser's to judge.
          guard let next = remaining.popFirst(), !next.hasPrefix("-") else { return nil }
          value = next
        }
        guard set(&settings, value) else { return nil }
      }
    }
    guard (try? settings.validate()) != nil else { return nil }
    self = settings
  }
}
