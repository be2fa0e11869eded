import Foundation
import KYCForm
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Files that are not what an image field expects: each is refused from its
/// `stat` (kind, size) before a byte is read, and every read is bounded.
@Suite("Hostile files")
struct HostileFilesTests {
  /// A folder holding a FIFO, a 3 GB sparse file and a small image.
  final class Folder {
    let url: URL

    init() throws {
      url = FileManager.default.temporaryDirectory.appendingPathComponent("kyc-hostile-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
      #expect(mkfifo(url.appendingPathComponent("pipe.jpg").path, 0o600) == 0)
      let sparse = open(url.appendingPathComponent("huge.jpg").path, O_CREAT | O_WRONLY | O_CLOEXEC, 0o600)
      #expect(sparse >= 0)
      #expect(ftruncate(sparse, 3_000_000_000) == 0)
      close(sparse)
      try TinyImages.jpeg().write(to: url.appendingPathComponent("front.jpg"))
    }

    deinit { try? FileManager.default.removeItem(at: url) }
  }

  @Test(
    "a FIFO, a device, a folder, a /proc entry and a 3 GB sparse file are refused by name and rule",
    arguments: [
      ("pipe.jpg", "file_not_regular", "named pipe (FIFO)"),
      ("/dev/zero", "file_not_regular", "device"),
      ("/dev/null", "file_not_regular", "device"),
      (".", "file_unreadable", "is a folder"),
      ("/proc/self/status", "file_not_regular", "/proc"),
      ("huge.jpg", "file_too_large", "is 3,000,000,000 bytes; the limit is 10,000,000 bytes (10.0 MB)"),
    ])
  func refused(path: String, code: String, rule: String) throws {
    let folder = try Folder()
    let policy = ValidationPolicy(
      today: Fixtures.today, fileReader: FileSystemReader(baseDirectory: folder.url))
    switch DocumentFiles.inspect(path, policy: policy) {
    case .success: Issue.record("\(path) accepted")
    case .failure(let issue):
      #expect(issue.code == code)
      #expect(issue.message.contains(path), "\(issue.message)")
      #expect(issue.message.contains(rule), "\(issue.message)")
    }
    #expect(try DocumentFiles.inspect("front.jpg", policy: policy).get().format == .jpeg)
  }

  @Test("the field is named when a FIFO is attached in a form")
  func namedField() throws {
    let folder = try Folder()
    let policy = ValidationPolicy(
      today: Fixtures.today, fileReader: FileSystemReader(baseDirectory: folder.url))
    var values = Fixtures.validUSA
    values[.documentFrontImage] = "pipe.jpg"
    let issues = OnboardingForm.individual.validate(field: .documentFrontImage, in: values, policy: policy)
    #expect(issues.map(\.code) == ["file_not_regular"])
    #expect(issues.first?.field == .documentFrontImage)
  }

  @Test(
    "a read never holds more than limit + 1 bytes, even from an endless source",
    arguments: [0, 1, 65_535, 65_536, 200_000])
  func boundedRead(limit: Int) throws {
    let fd = open("/dev/zero", O_RDONLY | O_CLOEXEC)
    #expect(fd >= 0)
    defer { close(fd) }
    #expect(throws: FileReadingError.tooLarge(path: "zero", size: nil, limit: limit)) {
      try BoundedFile.readBounded(fd, path: "zero", limit: limit)
    }
    let bytes = Data(repeating: 7, count: limit)
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("kyc-exact-\(UUID().uuidString)")
    try bytes.write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    #expect(try BoundedFile.read(file.path, limit: limit) == bytes)
    #expect(throws: FileReadingError.tooLarge(path: file.path, size: limit, limit: limit - 1)) {
      try BoundedFile.read(file.path, limit: limit - 1)
    }
  }
}
