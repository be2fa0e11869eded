import Foundation
import KYCForm
import KiraModels
import TerminalUI
import Testing
import Wizard

/// Files the tests' validation policy can read, without a disk.
struct MemoryFiles: FileReading {
  var files: [String: Data]

  func contents(ofFile path: String) throws -> Data {
    guard let data = files[path] else { throw FileReadingError.notFound(path: path) }
    return data
  }
}

/// Fixed inputs so reducer tests and goldens are stable.
enum Fixture {
  /// 2026-06-01 12:00:00 UTC.
  static let today: Date = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar.date(from: DateComponents(year: 2026, month: 6, day: 1, hour: 12))!
  }()

  static let frontImagePath = "/scans/maria-front.jpg"
  static let demoFolder = "/tmp/kira-demo"

  static var policy: ValidationPolicy {
    ValidationPolicy(
      today: today, timeZone: TimeZone(identifier: "UTC")!,
      fileReader: MemoryFiles(files: [
        frontImagePath: SampleDocument.jpegData,
        demoFolder + "/" + SampleDocument.fileName: SampleDocument.jpegData,
        "/scans/notes.txt": Data("not an image".utf8),
      ]))
  }

  /// The reference page's Maria Gonzalez, with a real (tiny) front image.
  static var mariaValues: FormValues {
    var values = FormValues()
    for (field, value) in DemoApplicant.answers { values[field] = value }
    values[.documentFrontImage] = frontImagePath
    return values
  }

  static func state(
    values: FormValues? = nil,
    environment: WizardEnvironment = .embeddedSandbox(demoFilesDirectory: demoFolder),
    columns: Int = 80, rows: Int = 24
  ) -> WizardState {
    WizardState(
      policy: policy, environment: environment, idempotencyKey: "key-1", now: today, columns: columns,
      rows: rows, values: values)
  }

  /// A state on Review with Maria's answers.
  static func reviewState() -> WizardState {
    var driver = Driver(state(values: mariaValues))
    driver.goToReview()
    return driver.state
  }
}

/// Sends actions to the reducer and keeps the last effects.
struct Driver {
  var state: WizardState
  var effects: [WizardEffect] = []
  var allEffects: [WizardEffect] = []

  init(_ state: WizardState) {
    self.state = state
  }

  mutating func send(_ action: WizardAction) {
    effects = reduce(&state, action)
    allEffects += effects
  }

  mutating func press(_ keys: Key...) {
    var collected: [WizardEffect] = []
    for key in keys {
      send(.key(key))
      collected += effects
    }
    effects = collected
  }

  mutating func type(_ text: String) {
    var collected: [WizardEffect] = []
    for character in text {
      send(.key(.character(character)))
      collected += effects
    }
    effects = collected
  }

  /// Focuses `field` directly (tests of navigation use the keys themselves).
  mutating func focus(_ field: FieldID) {
    state.jump(to: field)
  }

  /// Presses PgDn until Review shows (every step must be valid).
  mutating func goToReview() {
    for _ in 0..<state.form.steps.count where state.screen == .step {
      press(.pageDown)
    }
  }

  var screenText: String {
    render(state).grid.lines.joined(separator: "\n")
  }
}
