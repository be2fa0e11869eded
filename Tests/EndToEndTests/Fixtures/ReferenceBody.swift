import Foundation
import KiraModels

/// The reference page's Maria Gonzalez body, read from `Tests/Fixtures/maria-gonzalez.json`
/// (the one copy the form, wizard and submit tests share).
enum ReferenceBody {
  /// The document image of the fixture, a template slot the tests fill.
  static let imageSlot = "data:image/jpeg;base64,PLACEHOLDER"

  /// The fixture file.
  static var file: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/maria-gonzalez.json")
  }

  /// The body's fields, with `documentFile` as the passport front's `file`.
  static func maria(documentFile: String) throws -> [String: JSONValue] {
    let template = try String(contentsOf: file, encoding: .utf8)
    let filled = template.replacingOccurrences(
      of: JSONValue.string(imageSlot).encodedString(),
      with: JSONValue.string(documentFile).encodedString())
    guard case .object(let fields) = try JSONValue.parse(Data(filled.utf8)), filled != template else {
      throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: file.path])
    }
    return fields
  }
}
