import Foundation
import KYCForm
import Testing

@Suite("Document files")
struct DocumentFilesTests {
  @Test("format is detected from content, not the name")
  func detection() throws {
    let policy = Fixtures.policy()
    let jpeg = try DocumentFiles.inspect("/docs/front.jpg", policy: policy).get()
    #expect(
      jpeg.format == .jpeg && jpeg.byteCount == TinyImages.jpeg().count && jpeg.path == "/docs/front.jpg")
    #expect(try DocumentFiles.inspect("/docs/back.png", policy: policy).get().format == .png)
    #expect(DocumentImageFormat.detect(TinyImages.gif) == nil)
    let embedded = try DocumentFiles.inspect(TinyImages.jpegDataURI, policy: policy).get()
    #expect(embedded.path == "data URI" && embedded.byteCount == TinyImages.jpeg().count)
  }

  @Test("the size limit is a policy, with an exact message")
  func sizeLimit() {
    let big = TinyImages.jpeg(padding: 2_000)
    switch DocumentFiles.inspect("/docs/big.jpg", policy: Fixtures.policy()) {
    case .success: Issue.record("over the limit but accepted")
    case .failure(let issue):
      #expect(issue.code == "file_too_large")
      let size = "\(big.count / 1000),\(String(format: "%03d", big.count % 1000)) bytes"
      #expect(issue.message.contains(size), "\(issue.message)")
      #expect(issue.message.contains("1,000 bytes"))
    }
    #expect(
      (try? DocumentFiles.inspect("/docs/big.jpg", policy: Fixtures.policy(maxDocumentBytes: 3_000)).get())
        != nil)
  }

  @Test("a real file on disk is read by FileSystemReader, relative to its base folder")
  func fileSystem() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kyc-files-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try TinyImages.png.write(to: folder.appendingPathComponent("scan.jpg"))
    let policy = ValidationPolicy(today: Fixtures.today, fileReader: FileSystemReader(baseDirectory: folder))
    #expect(try DocumentFiles.inspect("scan.jpg", policy: policy).get().format == .png)
    let uri = try DocumentFiles.dataURI(for: "scan.jpg", policy: policy).get()
    #expect(uri == "data:image/png;base64," + TinyImages.png.base64EncodedString())
    switch DocumentFiles.inspect("absent.jpg", policy: policy) {
    case .success: Issue.record("missing file accepted")
    case .failure(let issue): #expect(issue.code == "file_not_found")
    }
    switch DocumentFiles.inspect(folder.path, policy: policy) {
    case .success: Issue.record("folder accepted")
    case .failure(let issue): #expect(issue.code == "file_unreadable")
    }
  }

  @Test("calendar dates: leap years and whole-year ages")
  func calendar() throws {
    #expect(CalendarDate.isLeap(2000) && CalendarDate.isLeap(2024) && !CalendarDate.isLeap(1900))
    #expect(!CalendarDate.isLeap(2023))
    let birth = try CalendarDate.parse("2000-02-29").get()
    #expect(birth.wholeYears(until: CalendarDate(year: 2018, month: 2, day: 28)) == 17)
    #expect(birth.wholeYears(until: CalendarDate(year: 2018, month: 3, day: 1)) == 18)
    #expect(birth.description == "2000-02-29")
  }
}
