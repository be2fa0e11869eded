import KiraModels
import QRCode

/// The verification link of a user created in link mode, ready to hand
/// over: the cleaned link and its QR code (nil when it cannot be made).
public struct LinkHandOff: Sendable, Hashable {
  /// The link as shown, copied and encoded (cleaned; the link rule already held).
  public var link: String
  /// Its QR code, made once when the user is created.
  public var code: QRMatrix?

  /// The hand-off of `link`.
  public init(link: String) {
    self.link = UntrustedText.clean(link, limit: VerificationLink.maxLength)
    self.code = QRMatrix.encode(self.link)
  }

  /// Modules of quiet zone drawn around the code (light, like the code's light modules).
  public static let quietZone = 2
}
