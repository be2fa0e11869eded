import Foundation
import KYCForm
import KiraModels
import TerminalUI
import Testing
import Wizard

/// A REJECTED user missing `source_of_funds`, as `kira-onboard fix` loads it.
enum FixFixture {
  static var values: FormValues {
    var values = Fixture.mariaValues
    values[.sourceOfFunds] = ""
    values[.documentFrontImage] = ""
    return values
  }

  static func target(
    status: String = "REJECTED", fields: [FieldID] = [.sourceOfFunds], values: FormValues = values
  ) -> FixTarget {
    FixTarget(
      userID: "0b5e6f7a-1c2d-4e5f-8a9b-0c1d2e3f4a5b", maskedName: "M. G…", status: status,
      verificationStatus: "unverified",
      missing: [
        FixTarget.Missing(product: "general", tokens: fields.map(\.rawValue)),
        FixTarget.Missing(product: "usa-virtual-accounts-act", tokens: []),
      ],
      fieldsToAsk: fields, unmappedTokens: [], values: values)
  }

  static func state(_ target: FixTarget = target()) -> WizardState {
    WizardState(
      fixing: target, policy: Fixture.policy,
      environment: WizardEnvironment(name: "sandbox", isEmbeddedSandbox: false),
      now: Fixture.today)
  }

  /// Opens the fields, answers `source_of_funds` with "salary", submits it
  /// with F10 and delivers Kira's update, after which nothing is left to fix.
  static func submitSourceOfFunds(
    _ driver: inout Driver, requiresReverification: Bool? = nil, verificationTriggered: Bool? = nil
  ) {
    driver.press(.enter)
    driver.type("salary")
    driver.press(.enter, .function(10))
    var updated = values
    updated[.sourceOfFunds] = "salary"
    driver.send(
      .drafts(
        .remoteUserUpdated(
          .updated(
            sentFields: ["source_of_funds"], updatedFields: ["source_of_funds"],
            requiresReverification: requiresReverification, verificationTriggered: verificationTriggered,
            target: target(status: "VERIFYING", fields: [], values: updated)))))
  }
}

@Suite("Fix-up of a remote user inside the wizard")
struct FixReducerTests {
  @Test("the summary first; Enter shows just the fields to fix")
  func summaryThenFields() {
    var driver = Driver(FixFixture.state())
    #expect(driver.state.fixUp?.showsSummary == true)
    #expect(driver.state.keyContexts == [.fixSummary])
    #expect(driver.state.keyFeatures.contains(.verificationReissue))
    #expect(driver.screenText.contains("REJECTED"))
    #expect(driver.screenText.contains("source_of_funds"))
    #expect(driver.state.form.steps.map(\.id) == [.profile])
    driver.type("x")
    #expect(driver.state.values == FixFixture.values, "keys on the summary never edit")
    driver.press(.enter)
    #expect(driver.state.fixUp?.showsSummary == false)
    #expect(driver.state.screen == .step)
    #expect(driver.state.visibleFields.map(\.id) == [.sourceOfFunds])
    #expect(driver.screenText.contains("Step 1 of 1 · Profile"))
  }

  @Test("F10 on the fix-up's Review asks for a PUT of the edits; the reloaded user shows after")
  func saveSendsUpdate() {
    var driver = Driver(FixFixture.state())
    driver.press(.enter)
    driver.type("salary")
    driver.press(.enter)
    #expect(driver.state.screen == .review)
    #expect(driver.state.reviewErrors.isEmpty, "only the asked fields count: \(driver.state.reviewErrors)")
    driver.press(.function(10))
    var edited = FixFixture.values
    edited[.sourceOfFunds] = "salary"
    #expect(
      driver.effects == [
        .drafts(
          .updateRemoteUser(userID: FixFixture.target().userID, original: FixFixture.values, edited: edited))
      ])
    #expect(driver.state.fixUp?.activity == .saving)
    #expect(driver.screenText.contains("Sending the changes to Kira"))
    #expect(!driver.effects.contains { if case .submit = $0 { true } else { false } }, "never a create")

    let after = FixFixture.target(status: "VERIFYING", fields: [], values: edited)
    driver.send(
      .drafts(
        .remoteUserUpdated(
          .updated(
            sentFields: ["source_of_funds"], updatedFields: ["source_of_funds"],
            requiresReverification: false,
            verificationTriggered: true, target: after))))
    #expect(driver.state.fixUp?.showsSummary == true)
    #expect(driver.state.fixUp?.activity == nil)
    #expect(driver.state.fixUp?.target.status == "VERIFYING")
    #expect(driver.state.fixUp?.originalValues == edited, "the next edit starts from the new state")
    #expect(driver.state.message?.text == "Kira updated: source_of_funds")
    #expect(driver.screenText.contains("Nothing to fix"))
    driver.press(.enter)
    #expect(driver.state.fixUp?.showsSummary == true, "nothing left to edit")
  }

  @Test("nothing changed: no PUT; Kira's 400 goes back to the field; other failures stay on the summary")
  func updateOutcomes() {
    var driver = Driver(FixFixture.state())
    driver.press(.enter, .pageDown)
    #expect(driver.state.screen == .step, "the missing field must be filled first")
    driver.type("salary")
    driver.press(.pageDown)
    driver.press(.function(10))
    driver.send(
      .drafts(
        .remoteUserUpdated(
          .rejected(
            message: "Invalid",
            fieldErrors: [
              KiraFieldError(path: "source_of_funds", code: "invalid_enum_value", message: "bad value")
            ]
          ))))
    #expect(driver.state.screen == .step)
    #expect(driver.state.focusedField == .sourceOfFunds)
    #expect(driver.state.kiraIssues[.sourceOfFunds] == ["bad value"])
    #expect(driver.state.fixUp?.showsSummary == false)

    driver.press(.control("u"))
    driver.type("savings")
    driver.press(.pageDown)
    driver.press(.function(10))
    driver.send(.drafts(.remoteUserUpdated(.failed("Kira was unavailable"))))
    #expect(driver.state.fixUp?.showsSummary == true)
    #expect(driver.state.message?.text.contains("Kira was unavailable") == true)

    var unchanged = Driver(FixFixture.state(FixFixture.target(fields: [.occupation])))
    unchanged.press(.enter, .pageDown)
    unchanged.press(.function(10))
    #expect(unchanged.effects.isEmpty)
    #expect(unchanged.state.message?.text == "Nothing changed: nothing to send")
  }

  @Test("R re-issues verification for a REJECTED user only; the whole new link shows")
  func reissue() {
    var driver = Driver(FixFixture.state())
    driver.press(.character("r"))
    #expect(driver.effects == [.drafts(.reissueVerification(userID: FixFixture.target().userID))])
    let link = "https://verify.example.test/session/" + String(repeating: "a1b2c3", count: 12)
    driver.send(.drafts(.verificationReissued(.issued(link: link, status: "pending"))))
    #expect(driver.state.fixUp?.reissuedLink == link)
    #expect(driver.state.fixUp?.target.status == "REJECTED", "the user's status is not the link's")
    let text = render(driver.state).grid.lines.joined(separator: "\n")
    #expect(text.contains(String(link.prefix(70))))
    #expect(text.contains(String(link.suffix(20))))

    var verified = Driver(FixFixture.state(FixFixture.target(status: "VERIFIED", fields: [])))
    verified.press(.character("r"))
    #expect(verified.effects.isEmpty)
    #expect(verified.state.message?.text.contains("only for REJECTED users") == true)
  }

  @Test("only keys that act are listed: R for a REJECTED user only, never F2 (no drafts in a fix-up)")
  func listedKeys() {
    let rejected = FixFixture.state()
    #expect(rejected.listedKeys == ["⏎ edit fields", "R re-issue", "^Q quit", "F1 help"])
    let verifying = FixFixture.state(FixFixture.target(status: "VERIFYING"))
    #expect(verifying.keyContexts == [.fixSummary])
    #expect(verifying.listedKeys == ["⏎ edit fields", "^Q quit", "F1 help"])

    var driver = Driver(FixFixture.state())
    #expect(driver.state.keyFeatures.contains(.fixUpFields))
    #expect(
      driver.state.keyFeatures.isDisjoint(with: [.drafts, .embeddedSandbox]),
      "no store and no embedded sandbox in a fix-up")
    driver.press(.enter)
    driver.type("salary")
    driver.press(.enter)
    #expect(driver.state.screen == .review)
    #expect(driver.screenText.contains("F10 submit"))
    #expect(!driver.screenText.contains("F2"))
    driver.press(.function(2))
    #expect(driver.effects.isEmpty)
    #expect(driver.state.message?.text == "Drafts are off here: nothing to save")
    driver.press(.function(1))
    #expect(driver.state.overlay == .help(offset: 0))
    #expect(!driver.state.helpEntries.contains { $0.keys == "F2" })
  }

  @Test("the restricted form keeps only the asked fields, in their steps")
  func restrictedForm() {
    let form = OnboardingForm.individual.restricted(to: [.sourceOfFunds, .email, .phone])
    #expect(form.steps.map(\.id) == [.contact, .profile])
    #expect(form.fields.map(\.id) == [.email, .phone, .sourceOfFunds])
    #expect(OnboardingForm.individual.restricted(to: []).steps.count == 8)
  }
}
