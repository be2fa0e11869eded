import Foundation

/// A file format Kira accepts for documents, detected from the bytes: JPEG
/// and PNG for ID images, and PDF as well for a proof of address.
public enum DocumentImageFormat: String, Sendable, Hashable, Codable {
  case jpeg
  case png
  case pdf

  /// The formats of an ID document's images.
  public static let images: Set<DocumentImageFormat> = [.jpeg, .png]
  /// The formats of a proof of address (a scan, a photo or a bank's PDF).
  public static let imagesAndPDF: Set<DocumentImageFormat> = [.jpeg, .png, .pdf]

  /// MIME type for the data URI.
  public var mimeType: String {
    switch self {
    case .jpeg: "image/jpeg"
    case .png: "image/png"
    case .pdf: "application/pdf"
    }
  }

  /// The format whose magic bytes start `data`, if any.
  public static func detect(_ data: Data) -> DocumentImageFormat? {
    let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF]
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    let pdf = Array("%PDF-".utf8)
    for (magic, format) in [(jpeg, DocumentImageFormat.jpeg), (png, .png), (pdf, .pdf)]
    where data.count >= magic.count && data.prefix(magic.count).elementsEqual(magic) {
      return format
    }
    return nil
  }

  /// "JPEG or PNG", "JPEG, PNG or PDF".
  static func names(_ formats: Set<DocumentImageFormat>) -> String {
    let names = [DocumentImageFormat.jpeg, .png, .pdf].filter(formats.contains).map {
      $0.rawValue.uppercased()
    }
    return names.count > 1 ? names.dropLast().joined(separator: ", ") + " or " + names.last! : names.joined()
  }
}

/// What was found about a document image.
public struct DocumentFileInfo: Sendable, Hashable {
  /// The path as given, or `data URI` for an embedded image.
  public var path: String
  /// Detected from the content, not the name.
  public var format: DocumentImageFormat
  /// Size of the image itself (decoded, for a data URI).
  public var byteCount: Int

  /// Creates the description of an inspected image.
  public init(path: String, format: DocumentImageFormat, byteCount: Int) {
    self.path = path
    self.format = format
    self.byteCount = byteCount
  }
}

/// Reads and checks document images: local paths or `data:` URIs.
public enum DocumentFiles {
  /// True for a `data:` URI rather than a path.
  public static func isDataURI(_ value: String) -> Bool {
    value.hasPrefix("data:")
  }

  /// Checks that `pathOrDataURI` is a readable, non-empty JPEG or PNG of at
  /// most `policy.maxDocumentBytes`. The failure's `field`/`path` are left
  /// empty for the caller to fill in.
  public static func inspect(
    _ pathOrDataURI: String, policy: ValidationPolicy,
    accepting formats: Set<DocumentImageFormat> = DocumentImageFormat.images
  ) -> Result<DocumentFileInfo, ValidationIssue> {
    switch load(pathOrDataURI, policy: policy, accepting: formats) {
    case .failure(let issue): return .failure(issue)
    case .success(let loaded):
      let info = DocumentFileInfo(
        path: loaded.isEmbedded ? "data URI" : pathOrDataURI, format: loaded.format,
        byteCount: loaded.bytes.count)
      if loaded.bytes.count > policy.maxDocumentBytes {
        return .failure(tooLarge(pathOrDataURI, size: loaded.bytes.count, limit: policy.maxDocumentBytes))
      }
      return .success(info)
    }
  }

  /// The image as a `data:<mime>;base64,...` URI: data URIs are kept as they
  /// are, files are read and encoded with the MIME type of their content.
  public static func dataURI(
    for pathOrDataURI: String, policy: ValidationPolicy,
    accepting formats: Set<DocumentImageFormat> = DocumentImageFormat.images
  ) -> Result<String, ValidationIssue> {
    if isDataURI(pathOrDataURI) {
      return load(pathOrDataURI, policy: policy, accepting: formats).map { _ in pathOrDataURI }
    }
    return load(pathOrDataURI, policy: policy, accepting: formats).map { loaded in
      Base64DataURI.make(mime: loaded.format.mimeType, bytes: loaded.bytes)
    }
  }

  /// Bytes and detected format of a file or data URI.
  struct Loaded {
    var bytes: Data
    var format: DocumentImageFormat
    var isEmbedded: Bool
  }

  static func load(
    _ value: String, policy: ValidationPolicy,
    accepting formats: Set<DocumentImageFormat> = DocumentImageFormat.images
  ) -> Result<Loaded, ValidationIssue> {
    let bytes: Data
    let embedded = isDataURI(value)
    if embedded {
      guard let comma = value.firstIndex(of: ","), value[..<comma].hasSuffix(";base64") else {
        return .failure(issue("invalid_data_uri", "data URI must look like data:image/jpeg;base64,..."))
      }
      guard let decoded = Data(base64Encoded: String(value[value.index(after: comma)...])) else {
        return .failure(issue("invalid_data_uri", "data URI is not valid base64"))
      }
      bytes = decoded
    } else {
      do {
        bytes = try policy.fileReader.contents(ofFile: value, atMost: policy.maxDocumentBytes)
      } catch FileReadingError.notFound {
        return .failure(issue("file_not_found", "file not found: \(value)"))
      } catch FileReadingError.isDirectory {
        return .failure(issue("file_unreadable", "\(value) is a folder, not an image file"))
      } catch FileReadingError.notRegularFile(_, let kind) {
        return .failure(
          issue("file_not_regular", "\(value) is a \(kind), not a regular file; attach the image file itself")
        )
      } catch FileReadingError.tooLarge(_, let size, let limit) {
        return .failure(tooLarge(value, size: size, limit: limit))
      } catch FileReadingError.unreadable(_, let reason) {
        return .failure(issue("file_unreadable", "cannot read \(value) (\(reason))"))
      } catch {
        return .failure(issue("file_unreadable", "cannot read \(value) (permission denied or I/O error)"))
      }
    }
    if bytes.isEmpty {
      return .failure(issue("file_empty", "\(describe(value)) is empty (0 bytes)"))
    }
    guard let format = DocumentImageFormat.detect(bytes), formats.contains(format) else {
      let kind = formats.contains(.pdf) ? "file" : "image"
      return .failure(
        issue(
          "file_wrong_type",
          "\(describe(value)) is not a \(DocumentImageFormat.names(formats)) \(kind) (checked by content)"))
    }
    return .success(Loaded(bytes: bytes, format: format, isEmbedded: embedded))
  }

  /// The `file_too_large` issue; `size` is `nil` when the file grew past the
  /// limit while it was read.
  private static func tooLarge(_ value: String, size: Int?, limit: Int) -> ValidationIssue {
    let measured = size.map { "is \(grouped($0)) bytes" } ?? "is over the limit"
    return issue(
      "file_too_large",
      "\(describe(value)) \(measured); the limit is \(grouped(limit)) bytes (\(formatBytes(limit)))")
  }

  private static func describe(_ value: String) -> String {
    isDataURI(value) ? "the embedded image" : value
  }

  private static func issue(_ code: String, _ message: String) -> ValidationIssue {
    ValidationIssue(field: FieldID(""), path: "", code: code, message: message)
  }

  /// `10000000` -> `10,000,000`.
  static func grouped(_ count: Int) -> String {
    let digits = Array(String(count))
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return out
  }

  /// The size of a file or data URI without reading the file (`stat`), or
  /// `nil` when it cannot be found (its field says why).
  public static func byteCount(_ value: String, policy: ValidationPolicy) -> Int? {
    if isDataURI(value) {
      guard let comma = value.firstIndex(of: ",") else { return nil }
      let encoded = value.utf8.count - value[...comma].utf8.count
      let padding = value.hasSuffix("==") ? 2 : value.hasSuffix("=") ? 1 : 0
      return max(0, encoded / 4 * 3 - padding)
    }
    return try? policy.fileReader.byteCount(ofFile: value)
  }

  /// Megabytes with one decimal, without the unit: `6.2`, `9.5`.
  public static func formatNumber(_ count: Int) -> String {
    let tenths = (count + 50_000) / 100_000
    return "\(tenths / 10).\(tenths % 10)"
  }

  /// "3.0 GB", "9.5 MB", "812 KB", "12 bytes".
  public static func formatBytes(_ count: Int) -> String {
    if count >= 1_000_000_000 {
      let tenths = (count + 50_000_000) / 100_000_000
      return "\(tenths / 10).\(tenths % 10) GB"
    }
    if count >= 1_000_000 {
      let tenths = (count + 50_000) / 100_000
      return "\(tenths / 10).\(tenths % 10) MB"
    }
    if count >= 1_000 { return "\((count + 500) / 1_000) KB" }
    return "\(count) bytes"
  }
}
