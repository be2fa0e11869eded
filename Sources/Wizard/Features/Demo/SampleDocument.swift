import Foundation

/// A small but real JPEG (96x60, a drawn ID card) that the demo helper writes
/// to disk so the document step can be filled without a scanner. Fake, like
/// every demo value.
public enum SampleDocument {
  /// File name used in the demo folder.
  public static let fileName = "demo-passport-front.jpg"

  /// The image bytes.
  public static var jpegData: Data {
    Data(base64Encoded: base64Lines.joined()) ?? Data()
  }

  private static let base64Lines: [String] = [
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZGNywtQFdB",
    "RkxOUlNSMj5aYVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09P",
    "T09PT09PT09PT09PT0//wAARCAA8AGADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAA",
    "AgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6",
    "Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXG",
    "x8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREA",
    "AgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5",
    "OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPE",
    "xcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDm6K6X/hCdT/572f8A323/AMTR/wAITqf/",
    "AD3s/wDvtv8A4mvT9rDucvKzmqK6X/hCdT/572f/AH23/wATR/whOp/897P/AL7b/wCJo9rDuHKzmqK6X/hCdT/572f/AH23",
    "/wATR/whOp/897P/AL7b/wCJo9rDuHKzmqK6X/hCdT/572f/AH23/wATR/whOp/897P/AL7b/wCJo9rDuHKzmqK6X/hCdT/5",
    "72f/AH23/wATR/whOp/897P/AL7b/wCJo9rDuHKzmqK6X/hCdT/572f/AH23/wATR/whOp/897P/AL7b/wCJo9rDuHKzuLt2",
    "jtndDhhjB/Gs37bc/wDPT/x0VoX/APx5yfh/MVj1wI3LH225/wCen/joo+23P/PT/wAdFV6KYGvYSvNCWkbJDY6ewqn9v1f/",
    "AKAn/k2n+FWdM/49m/3z/IVW+36v/wBAT/ybT/CkMPt+r/8AQE/8m0/wo+36v/0BP/JtP8KPt+r/APQE/wDJtP8ACj7fq/8A",
    "0BP/ACbT/CgA+36v/wBAT/ybT/Cj7fq//QE/8m0/wo+36v8A9AT/AMm0/wAKPt+r/wDQE/8AJtP8KAD7fq//AEBP/JtP8K04",
    "md4UaRPLcqCyZztPcZ71mfb9X/6An/k2n+FacTO8KNInluVBZM52nuM96QEN/wD8ecn4fzFY9bF//wAecn4fzFY9NCCiiimB",
    "qaZ/x7N/vn+Qqt9v1f8A6An/AJNp/hVnTP8Aj2b/AHz/ACFVvt+r/wDQE/8AJtP8KQw+36v/ANAT/wAm0/wo+36v/wBAT/yb",
    "T/Cj7fq//QE/8m0/wo+36v8A9AT/AMm0/wAKAD7fq/8A0BP/ACbT/Cj7fq//AEBP/JtP8KPt+r/9AT/ybT/Cj7fq/wD0BP8A",
    "ybT/AAoAPt+r/wDQE/8AJtP8K04md4UaRPLcqCyZztPcZ71mfb9X/wCgJ/5Np/hWnEzvCjSJ5blQWTOdp7jPekAy5jaa3aNS",
    "ATjr9aof2dN/ej/M/wCFalFFxGX/AGdN/ej/ADP+FH9nTf3o/wAz/hWpRTuBBZwNBEUcgktnip6KKQwooooAKKKKACiiigD/",
    "2Q==",
  ]
}
