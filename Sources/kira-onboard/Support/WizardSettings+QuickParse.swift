import KYCForm

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
  /// One of the wizard's options: its long names (aliases share it) and how
  /// it sets its value.
  struct QuickOption: Sendable {
    /// How the option applies: a flag, or a value that may fail to convert.
    enum Apply: Sendable {
      /// A flag: present means set.
      case flag(@Sendable (inout WizardSettings) -> Void)
      /// An option with a value; false when the value does not convert.
      case value(@Sendable (inout WizardSettings, String) -> Bool)
    }

    /// `--name` and its aliases.
    var names: [String]
    /// How it applies.
    var apply: Apply
  }

  /// The wizard's options. A plain list searched in order: a dictionary here
  /// would cost more at start-up (its storage type is built at run time) than
  /// the search of 18 entries ever does.
  static let quickOptions: [QuickOption] = {
    func text(_ set: @escaping @Sendable (inout WizardSettings, String) -> Void) -> QuickOption.Apply {
      .value { settings, value in
        set(&settings, value)
        return true
      }
    }
    func number<Number: LosslessStringConvertible & SendableMetatype>(
      _ set: @escaping @Sendable (inout WizardSettings, Number) -> Void
    ) -> QuickOption.Apply {
      .value { settings, value in
        guard let number = Number(value) else { return false }
        set(&settings, number)
        return true
      }
    }
    return [
      QuickOption(names: ["--base-url"], apply: text { $0.connection.baseURL = $1 }),
      QuickOption(names: ["--production"], apply: .flag { $0.connection.production = true }),
      QuickOption(names: ["--api-version"], apply: text { $0.connection.apiVersion = $1 }),
      QuickOption(names: ["--connect-timeout"], apply: number { $0.connection.connectTimeout = $1 }),
      QuickOption(names: ["--request-timeout"], apply: number { $0.connection.requestTimeout = $1 }),
      QuickOption(names: ["--max-attempts"], apply: number { $0.connection.maxAttempts = $1 }),
      QuickOption(names: ["--max-retry-time"], apply: number { $0.connection.maxRetryTime = $1 }),
      QuickOption(names: ["--log-file"], apply: text { $0.connection.logFile = $1 }),
      QuickOption(names: ["--store"], apply: text { $0.store.storePath = $1 }),
      QuickOption(names: ["--operator"], apply: text { $0.store.operatorOverride = $1 }),
      QuickOption(names: ["--draft-max-age"], apply: text { $0.store.draftMaxAge = $1 }),
      QuickOption(names: ["--keep-drafts"], apply: .flag { $0.keepDrafts = true }),
      QuickOption(names: ["--resume"], apply: text { $0.resumeID = $1 }),
      QuickOption(names: ["--fresh", "--no-resume"], apply: .flag { $0.fresh = true }),
      QuickOption(names: ["--load"], apply: text { $0.loadFile = $1 }),
      QuickOption(names: ["--attempt"], apply: number { $0.attemptID = $1 }),
      QuickOption(names: ["--demo"], apply: .flag { $0.demo = true }),
      QuickOption(names: ["--no-qr"], apply: .flag { $0.noQR = true }),
      QuickOption(names: ["--minimum-age"], apply: number { $0.minimumAge = $1 }),
      QuickOption(names: ["--accessible"], apply: .flag { $0.accessible = true }),
      QuickOption(names: ["--lang"], apply: text { $0.language = $1 }),
      QuickOption(
        names: ["--date-order"],
        apply: .value { settings, value in
          guard let order = DateOrder(rawValue: value) else { return false }
          settings.dateOrder = order
          return true
        }),
    ]
  }()

  /// The settings `arguments` ask for when they are only the wizard's long
  /// options (`--name value` or `--name=value`), each given once, with values
  /// that convert and pass `validate()`; nil for anything else.
  init?(quickParsing arguments: [String]) {
    var settings = WizardSettings()
    var given: [Int] = []
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
      guard let index = Self.quickOptions.firstIndex(where: { $0.names.contains(String(name)) }),
        !given.contains(index)
      else { return nil }
      given.append(index)
      switch Self.quickOptions[index].apply {
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
