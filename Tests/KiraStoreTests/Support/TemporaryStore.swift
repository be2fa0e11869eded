import Foundation
import KYCForm

@testable import KiraStore

/// A store in a fresh temporary folder, removed when the test ends.
final class TemporaryStore: @unchecked Sendable {
  /// The parent temporary folder (the store folder is `root/store`).
  let root: URL
  let location: StoreLocation
  let store: LocalStore

  init() throws {
    root = FileManager.default.temporaryDirectory
      .appendingPathComponent("kira-store-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    location = StoreLocation(directory: root.appendingPathComponent("store"))
    store = try LocalStore.open(at: location)
  }

  deinit {
    try? FileManager.default.removeItem(at: root)
  }

  /// Every byte of the database, its WAL and its shared-memory file.
  func rawDatabaseBytes() -> Data {
    var bytes = Data()
    for suffix in ["", "-wal", "-shm"] {
      if let data = FileManager.default.contents(atPath: location.databaseURL.path + suffix) {
        bytes.append(data)
      }
    }
    return bytes
  }
}

/// Fake applicant data (the reference page's Maria Gonzalez).
enum Fixtures {
  static let firstName = "Maria"
  static let lastName = "Gonzalez"
  static let email = "maria.gonzalez@example.test"
  static let documentNumber = "G12345678"

  /// A tiny but real JPEG (SOI, APP0 JFIF header, EOI) padded with a marker
  /// pattern that is easy to find in raw bytes.
  static let imageBytes: Data = {
    var bytes: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01]
    for index in 0..<6000 { bytes.append(UInt8((index * 7 + 13) % 251)) }
    bytes += [0xFF, 0xD9]
    return Data(bytes)
  }()

  static var imageDataURI: String { "data:image/jpeg;base64," + imageBytes.base64EncodedString() }

  static func values(withImage: Bool = true) -> FormValues {
    var values = FormValues()
    values["first_name"] = firstName
    values["last_name"] = lastName
    values["email"] = email
    values["birth_date"] = "1990-05-15"
    values["document.type"] = "passport"
    values["document.number"] = documentNumber
    values["document.country"] = "MEX"
    values["address_country"] = "MEX"
    if withImage { values["document.front_image"] = imageDataURI }
    values.extras["income_source"] = "consulting"
    return values
  }
}

extension Data {
  /// True when `needle` occurs anywhere in these bytes.
  func containsBytes(_ needle: Data) -> Bool {
    guard !needle.isEmpty else { return true }
    return range(of: needle) != nil
  }

  /// True when the UTF-8 text occurs anywhere in these bytes.
  func containsText(_ text: String) -> Bool { containsBytes(Data(text.utf8)) }
}
