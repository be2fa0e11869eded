/// Exit codes (BSD sysexits), one meaning each across every command.
public enum ExitStatus {
  public static let ok: Int32 = 0
  public static let usage: Int32 = 64
  public static let dataError: Int32 = 65
  public static let noInput: Int32 = 66
  public static let unavailable: Int32 = 69
  public static let software: Int32 = 70
  public static let temporaryFailure: Int32 = 75
  public static let permissionDenied: Int32 = 77
}
