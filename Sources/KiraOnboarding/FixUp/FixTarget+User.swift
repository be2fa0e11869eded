import KYCForm
import KiraModels
import KiraStore
import Wizard

extension FixTarget {
  /// The fix-up view of a remote user: its `FixUpPlan` (missing and rejected
  /// fields mapped to form fields) and its answers.
  public init(user: KiraUser, rejectedPaths: [String] = []) {
    let plan = FixUpPlan(user: user, rejectedPaths: rejectedPaths)
    self.init(
      userID: user.id,
      maskedName: NameMask.mask(firstName: user.firstName ?? "", lastName: user.lastName ?? ""),
      status: user.status, verificationStatus: user.verificationStatus,
      missing: plan.missingFieldsByProduct.map { FixTarget.Missing(product: $0.product, tokens: $0.tokens) },
      fieldsToAsk: plan.fieldsToAsk, unmappedTokens: plan.unmappedTokens, values: plan.startingValues)
  }
}
