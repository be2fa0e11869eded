import Foundation
import KYCForm
import KiraModels
import TerminalUI
import Testing
import Wizard

/// A backend that answers creates as told and has Kira's subdivision codes.
final class CountriesBackend: WizardBackend, @unchecked Sendable {
  let catalog: SubdivisionCatalog?

  init(catalog: SubdivisionCatalog?) {
    self.catalog = catalog
  }

  func createUser(
    body: JSONValue, idempotencyKey: String, progress: @escaping @Sendable (SubmissionProgress) -> Void
  ) async -> SubmissionOutcome {
    .created(CreatedUser(id: "user-1", status: "CREATED"))
  }

  func subdivisions() async -> SubdivisionCatalog? { catalog }
}

@Suite("Kira's subdivision codes reach the wizard once connected")
struct SubdivisionLoadingTests {
  @Test("after connecting, the backend's list decides the state field (shown with Kira's name)")
  func loadedAfterConnecting() async {
    let catalog = SubdivisionCatalog(
      kiraCountries: ["MEX": [(code: "CMX", name: "Ciudad de México")]], fetchedAt: Fixture.today)
    let backend = CountriesBackend(catalog: catalog)
    var values = Fixture.mariaValues
    values[.addressState] = "CMX"
    var start = Fixture.state(values: values)
    start.stepIndex = 3
    start.jump(to: .addressCountry)
    let terminal = HeadlessTerminal(columns: 80, rows: 24)
    terminal.onIdle = feed([]) { terminal in
      terminal.screenText.contains("Ciudad de México (CMX)") ? [.control("q"), .character("y")] : []
    }
    let keys = KeyCounter()
    let runtime = WizardRuntime(
      terminal: terminal, state: start,
      services: WizardRuntime.Services(
        connect: { backend }, now: { Fixture.today }, makeIdempotencyKey: { keys.next() },
        writeFile: { _, _ in }))
    let final = await runOffPool(runtime)
    #expect(final.form.subdivisions.isFromKira("MEX"))
    #expect(final.form.displayValue(of: .addressState, in: final.values) == "Ciudad de México (CMX)")
    // Before it arrived, the embedded table did not know CMX as a code of its own.
    #expect(OnboardingForm.individual.displayValue(of: .addressState, in: final.values) == "CMX")
  }
}
