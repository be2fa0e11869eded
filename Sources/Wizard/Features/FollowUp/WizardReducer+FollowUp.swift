import Foundation
import KiraModels

/// Following the created (or fixed) user to a final state: checks fall due
/// on the clock (`.tick`), R or F5 asks now, answers update the user shown.
extension WizardReducer {
  /// Starts following `userID` from what Kira just answered.
  static func startFollowUp(userID: String, snapshot: UserStatusSnapshot, in state: inout WizardState) {
    state.followUp = StatusFollowUp(userID: userID, snapshot: snapshot, now: state.now)
  }

  /// The clock moved: the due check, if one is.
  static func followUpTick(in state: inout WizardState) -> [WizardEffect] {
    guard var followUp = state.followUp, followUp.takeDueCheck(now: state.now) else { return [] }
    state.followUp = followUp
    return [.checkUserStatus(userID: followUp.userID)]
  }

  /// R on the Result screen, F5 on the fix-up summary: check now.
  static func refreshStatus(in state: inout WizardState) -> [WizardEffect] {
    guard var followUp = state.followUp else {
      state.message = StatusMessage(.noUserToFollow, tone: .warning)
      return []
    }
    guard followUp.takeManualCheck() else {
      state.message = StatusMessage(.alreadyAsking)
      return []
    }
    state.followUp = followUp
    return [.checkUserStatus(userID: followUp.userID)]
  }

  /// A check answered: the transition (if any) is recorded and the user
  /// shown (Result or fix-up) takes the new status.
  static func statusChecked(
    userID: String, result: Result<UserStatusSnapshot, StatusCheckFailure>, in state: inout WizardState
  ) -> [WizardEffect] {
    guard var followUp = state.followUp, followUp.userID == userID, followUp.inFlight else { return [] }
    switch result {
    case .success(let snapshot):
      let before = followUp.status
      followUp.record(snapshot, now: state.now)
      if state.createdUser?.id == userID {
        if let status = snapshot.status { state.createdUser?.status = status }
        if let status = snapshot.verificationStatus { state.createdUser?.verificationStatus = status }
      }
      if state.fixUp?.target.userID == userID {
        if let status = snapshot.status { state.fixUp?.target.status = status }
        if let status = snapshot.verificationStatus { state.fixUp?.target.verificationStatus = status }
        state.fixUp?.target.missing = snapshot.missing
      }
      if let status = followUp.status, status != before {
        state.message = StatusMessage(
          .userMoved(status: status), tone: followUp.latest.isFinal ? .success : .info)
        if status.uppercased() == "REJECTED" {
          state.message = StatusMessage(.userRejected(status: status), tone: .error)
        }
      }
    case .failure(let failure):
      followUp.recordFailure(failure.message, now: state.now)
    }
    state.followUp = followUp
    return []
  }
}
