// swift-tools-version: 6.1
import PackageDescription

/// One settings array shared by every target, so the language mode and
/// strictness never drift between modules.
let sharedSwiftSettings: [SwiftSetting] = [
  .swiftLanguageMode(.v6)
]

/// Release link settings for the executables: lld, no exported symbol table
/// and packed relative relocations. A Swift executable is otherwise linked
/// with `--export-dynamic` and megabytes of relocations that the loader reads
/// and applies at every start; these keep it position-independent (ASLR) while
/// cutting start-up work and resident memory (see DECISIONS.md).
let leanExecutableLinkerSettings: [LinkerSetting] = [
  .unsafeFlags(
    [
      "-use-ld=lld", "-Xlinker", "--no-export-dynamic", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
    ],
    .when(platforms: [.linux], configuration: .release))
]

/// The wizard's release link also places the functions a typical session
/// runs side by side (`linker/kira-onboard.order`, made by
/// `scripts/order-file`): the kernel maps code 64 KiB around each first
/// touch, so scattered code costs memory and page faults far beyond its size.
let wizardLinkerSettings: [LinkerSetting] =
  leanExecutableLinkerSettings + [
    .unsafeFlags(
      [
        "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/linker/kira-onboard.order",
        "-Xlinker", "--no-warn-symbol-ordering",
      ],
      .when(platforms: [.linux], configuration: .release))
  ]

let package = Package(
  name: "kira-onboard",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "kira-onboard", targets: ["kira-onboard"]),
    .executable(name: "kira-onboard-net", targets: ["kira-onboard-net"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    // Wire types shared by the client and the sandbox.
    .target(name: "KiraModels", swiftSettings: sharedSwiftSettings),
    // Fields, validators, form state, payload assembly, error mapping.
    .target(
      name: "KYCForm",
      dependencies: ["KiraModels"],
      swiftSettings: sharedSwiftSettings
    ),
    // The Kira API client: transport, auth, retries, idempotency, errors.
    .target(
      name: "KiraClient",
      dependencies: [
        "KiraModels", .product(name: "Logging", package: "swift-log"),
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      swiftSettings: sharedSwiftSettings
    ),
    // The live transport over URLSession (FoundationNetworking and libcurl):
    // linked by the network helper, the bench and tests, never by the wizard.
    .target(
      name: "KiraNetwork",
      dependencies: ["KiraClient"],
      swiftSettings: sharedSwiftSettings
    ),
    // A local Kira look-alike for demos and tests.
    .target(
      name: "KiraSandbox",
      dependencies: [
        "KiraModels", "KYCForm",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: sharedSwiftSettings
    ),
    // The build stamp that `make install` writes into an installed binary
    // (version, commit, how it was built), read by both executables.
    .target(name: "CBuildStamp"),
    .target(name: "BuildStamp", dependencies: ["CBuildStamp"], swiftSettings: sharedSwiftSettings),
    // Text grid, styles, keys, the Terminal protocol: no curses here.
    .target(name: "TerminalUI", swiftSettings: sharedSwiftSettings),
    // The only C: ncursesw through a small shim header.
    .systemLibrary(
      name: "CNcurses",
      providers: [.apt(["libncurses-dev"])]
    ),
    // Debian's QR encoder (libqrencode), for the verification link hand-off.
    .systemLibrary(
      name: "CQrencode",
      providers: [.apt(["libqrencode-dev"])]
    ),
    // A QR code's module matrix and its half-block drawing (libqrencode underneath).
    .target(name: "QRCode", dependencies: ["CQrencode"], swiftSettings: sharedSwiftSettings),
    // The only code that calls ncurses.
    .target(
      name: "CursesTerminal",
      dependencies: ["TerminalUI", "CNcurses"],
      swiftSettings: sharedSwiftSettings
    ),
    // Local store: encrypted drafts and the submission journal.
    .target(
      name: "KiraStore",
      dependencies: [
        "KYCForm", "KiraClient", "KiraModels",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      swiftSettings: sharedSwiftSettings
    ),
    // Batch onboarding (`kira-onboard import`): CSV / JSON Lines rows, the
    // rate-limit gate, the runner over the journal, results and progress.
    .target(
      name: "KiraBatch",
      dependencies: [
        "KYCForm", "KiraClient", "KiraModels", "KiraStore", .product(name: "Crypto", package: "swift-crypto"),
      ],
      swiftSettings: sharedSwiftSettings
    ),
    // Wizard state, reducer, screens and runtime.
    .target(
      name: "Wizard",
      dependencies: ["KYCForm", "KiraClient", "KiraModels", "TerminalUI", "QRCode"],
      swiftSettings: sharedSwiftSettings
    ),
    // The application layer: target resolution, credentials, the session
    // factory over any transport, the journaled backend, drafts, the launch
    // plan, the fix-up service and body validation. No argument parsing, no
    // printing, no process of its own: tests drive it in process.
    .target(
      name: "KiraOnboarding",
      dependencies: [
        "KiraModels", "KYCForm", "KiraClient", "KiraStore", "KiraBatch", "Wizard", "BuildStamp",
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: sharedSwiftSettings
    ),
    .executableTarget(
      name: "kira-onboard",
      dependencies: [
        "KiraModels", "KYCForm", "KiraClient", "TerminalUI", "CursesTerminal", "Wizard", "KiraStore",
        "KiraBatch", "BuildStamp", "KiraOnboarding",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: sharedSwiftSettings,
      linkerSettings: wizardLinkerSettings
    ),
    // The network helper: every HTTP request of kira-onboard and the embedded
    // sandbox run in this separate process, so the wizard never loads them.
    .executableTarget(
      name: "kira-onboard-net",
      dependencies: [
        "KiraModels", "KiraClient", "KiraNetwork", "KiraSandbox", "BuildStamp",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        // The webhook receiver (`webhooks-listen`), on the sandbox's HTTP server.
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: sharedSwiftSettings,
      linkerSettings: leanExecutableLinkerSettings
    ),
    .executableTarget(
      name: "kira-bench",
      dependencies: [
        "KiraModels", "KYCForm", "KiraClient", "KiraNetwork", "KiraSandbox", "Wizard", "TerminalUI",
      ],
      swiftSettings: sharedSwiftSettings
    ),
    .testTarget(
      name: "KYCFormTests",
      dependencies: ["KYCForm", "KiraModels"],
      swiftSettings: sharedSwiftSettings
    ),
    .testTarget(
      name: "KiraClientTests",
      dependencies: ["KiraClient", "KiraNetwork", "KiraSandbox", "KiraModels", "KYCForm"],
      swiftSettings: sharedSwiftSettings
    ),
    .testTarget(
      name: "WizardTests",
      dependencies: [
        "Wizard", "TerminalUI", "KYCForm", "KiraModels", "KiraClient", "QRCode", "CursesTerminal",
      ],
      exclude: ["Goldens"],
      swiftSettings: sharedSwiftSettings
    ),
    .testTarget(
      name: "KiraStoreTests",
      dependencies: [
        "KiraStore", "KYCForm", "KiraClient", "KiraNetwork", "KiraSandbox", "KiraModels",
        .product(name: "GRDB", package: "GRDB.swift"),
      ],
      swiftSettings: sharedSwiftSettings
    ),
    .testTarget(
      name: "KiraBatchTests",
      dependencies: ["KiraBatch", "KYCForm", "KiraClient", "KiraModels"],
      swiftSettings: sharedSwiftSettings
    ),
    // The application library in process: an in-process transport to the
    // sandbox engine (no sockets), temporary stores and config folders.
    .testTarget(
      name: "KiraOnboardingTests",
      dependencies: [
        "KiraOnboarding", "KiraSandbox", "KiraClient", "KiraStore", "KiraBatch", "KiraModels", "KYCForm",
        "Wizard",
      ],
      swiftSettings: sharedSwiftSettings
    ),
    // Runs the built executable: `validate`, `submit`, and the tmux sessions.
    .testTarget(
      name: "EndToEndTests",
      dependencies: [
        "kira-onboard", "kira-onboard-net", "KiraOnboarding", "KiraSandbox", "KiraModels", "KiraClient",
        "KiraNetwork", "KiraStore",
        "KYCForm", "BuildStamp",
      ],
      swiftSettings: sharedSwiftSettings
    ),
  ]
)
