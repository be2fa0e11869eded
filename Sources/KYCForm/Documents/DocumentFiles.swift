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
    names(formats, in: .english)
  }

  /// "JPEG or PNG", "JPEG o PNG".
  static func names(_ formats: Set<DocumentImageFormat>, in language: OperatorLanguage) -> String {
    language.orList(
      [DocumentImageFormat.jpeg, .png, .pdf].filter(formats.contains).map { $0.rawValue.uppercased() })
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
  /// empty for the caller to fill in; its message is in both languages.
  public static func inspect(
    _ pathOrDataURI: String, policy: ValidationPolicy,
    accepting formats: Set<DocumentImageFormat> = DocumentImageFormat.images
  ) -> Result<DocumentFileInfo, ValidationIssue> {
    check(pathOrDataURI, policy: policy, accepting: formats).mapError(\.issue)
  }

  /// `inspect`, with the problem as a value.
  static func check(
    _ pathOrDataURI: String, policy: ValidationPolicy,
    accepting formats: Set<DocumentImageFormat> = DocumentImageFormat.images
  ) -> Result<DocumentFileInfo, FileProblem> {
    switch load(pathOrDataURI, policy: policy, accepting: formats) {
    case .failure(let problem): return .failure(problem)
    case .success(let loaded):
      let info = DocumentFileInfo(
        path: loaded.isEmbedded ? "data URI" : pathOrDataURI, format: loaded.format,
        byteCount: loaded.bytes.count)
      if loaded.bytes.count > policy.maxDocumentBytes {
        return .failure(.tooLarge(pathOrDataURI, size: loaded.bytes.count, limit: policy.maxDocumentBytes))
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
    let loaded = load(pathOrDataURI, policy: policy, accepting: formats).mapError(\.issue)
    if isDataURI(pathOrDataURI) { return loaded.map { _ in pathOrDataURI } }
    return loaded.map { Base64DataURI.make(mime: $0.format.mimeType, bytes: $0.bytes) }
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
  ) -> Result<Loaded, FileProblem> {
    let bytes: Data
    let embedded = isDataURI(value)
    if embedded {
      guard let comma = value.firstIndex(of: ","), value[..<comma].hasSuffix(";base64") else {
        return .failure(.dataURIShape)
      }
      guard let decoded = Data(base64Encoded: String(value[value.index(after: comma)...])) else {
        return .failure(.dataURINotBase64)
      }
      bytes = decoded
    } else {
      do {
        bytes = try policy.fileReader.contents(ofFile: value, atMost: policy.maxDocumentBytes)
      } catch FileReadingError.notFound {
        return .failure(.notFound(value))
      } catch FileReadingError.isDirectory {
        return .failure(.folder(value))
      } catch FileReadingError.notRegularFile(_, let kind) {
        return .failure(.notRegularFile(value, kind: kind))
      } catch FileReadingError.tooLarge(_, let size, let limit) {
        return .failure(.tooLarge(value, size: size, limit: limit))
      } catch FileReadingError.unreadable(_, let reason) {
        return .failure(.unreadable(value, reason: reason))
      } catch {
        return .failure(.unreadable(value, reason: nil))
      }
    }
    if bytes.isEmpty {
      return .failure(.empty(value))
    }
    guard let format = DocumentImageFormat.detect(bytes), formats.contains(format) else {
      return .failure(.wrongType(value, accepted: formats))
    }
    return .success(Loaded(bytes: bytes, format: format, isEmbedded: embedded))
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

  /// `formatBytes(_:)` in `language`. The units (GB, MB, KB, bytes) and the
  /// decimal point are the same in Latin-American Spanish, so this is the
  /// English text for both; it is here so callers choose the language in one way.
  public static func formatBytes(_ count: Int, in language: OperatorLanguage) -> String {
    formatBytes(count)
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

/// Why a document file or data URI was not accepted, worded in either language.
public enum FileProblem: TranslatableText, Error {
  /// A `data:` URI without `;base64,`.
  case dataURIShape
  /// A `data:` URI whose payload is not base64.
  case dataURINotBase64
  /// Nothing at the path.
  case notFound(String)
  /// A folder at the path.
  case folder(String)
  /// A FIFO, device, socket, `/proc` entry...: `kind` as `FileReadingError` names it.
  case notRegularFile(String, kind: String)
  /// Over the limit; `size` is nil when the file grew past it while it was read.
  case tooLarge(String, size: Int?, limit: Int)
  /// Could not be read; `reason` is the reader's (nil: unknown).
  case unreadable(String, reason: String?)
  /// No bytes (a path or a data URI).
  case empty(String)
  /// Content of another format than `accepted` (a path or a data URI).
  case wrongType(String, accepted: Set<DocumentImageFormat>)

  /// Stable machine code.
  public var code: String {
    switch self {
    case .dataURIShape, .dataURINotBase64: "invalid_data_uri"
    case .notFound: "file_not_found"
    case .folder, .unreadable: "file_unreadable"
    case .notRegularFile: "file_not_regular"
    case .tooLarge: "file_too_large"
    case .empty: "file_empty"
    case .wrongType: "file_wrong_type"
    }
  }

  /// The issue `DocumentFiles.inspect` reports: no field or path yet, both languages.
  var issue: ValidationIssue {
    ValidationIssue(
      field: FieldID(""), path: "", code: code,
      text: BilingualText(english: text(in: .english), spanish: text(in: .spanish)))
  }

  /// The words in `language`.
  public func text(in language: OperatorLanguage) -> String {
    let (english, spanish) = translations
    return language == .spanish ? spanish : english
  }

  private var translations: (String, String) {
    switch self {
    case .dataURIShape:
      return (
        "data URI must look like data:image/jpeg;base64,...",
        "el URI de datos debe tener la forma data:image/jpeg;base64,..."
      )
    case .dataURINotBase64: return ("data URI is not valid base64", "el URI de datos no es base64 válido")
    case .notFound(let path): return ("file not found: \(path)", "no se encontró el archivo: \(path)")
    case .folder(let path):
      return ("\(path) is a folder, not an image file", "\(path) es una carpeta, no un archivo de imagen")
    case .notRegularFile(let path, let kind):
      return (
        "\(path) is a \(kind), not a regular file; attach the image file itself",
        "\(path) es \(Self.spanishKind(kind)), no un archivo normal; adjunte el archivo de imagen"
      )
    case .tooLarge(let value, let size, let limit):
      let sizeText = size.map(DocumentFiles.grouped)
      let limitText = "\(DocumentFiles.grouped(limit)) bytes (\(DocumentFiles.formatBytes(limit)))"
      return (
        "\(Self.describe(value, in: .english)) \(sizeText.map { "is \($0) bytes" } ?? "is over the limit"); "
          + "the limit is \(limitText)",
        "\(Self.describe(value, in: .spanish)) \(sizeText.map { "ocupa \($0) bytes" } ?? "supera el límite"); "
          + "el límite es de \(limitText)"
      )
    case .unreadable(let path, let reason):
      return (
        "cannot read \(path) (\(reason ?? "permission denied or I/O error"))",
        "no se puede leer \(path) (\(reason.map(Self.spanishReason) ?? "permiso denegado o error de E/S"))"
      )
    case .empty(let value):
      return (
        "\(Self.describe(value, in: .english)) is empty (0 bytes)",
        DocumentFiles.isDataURI(value)
          ? "la imagen incrustada está vacía (0 bytes)" : "el archivo \(value) está vacío (0 bytes)"
      )
    case .wrongType(let value, let accepted):
      return (
        "\(Self.describe(value, in: .english)) is not a \(DocumentImageFormat.names(accepted)) "
          + "\(accepted.contains(.pdf) ? "file" : "image") (checked by content)",
        "\(Self.describe(value, in: .spanish)) no es "
          + (accepted.contains(.pdf) ? "un archivo " : "una imagen ")
          + "\(DocumentImageFormat.names(accepted, in: .spanish)) (según su contenido)"
      )
    }
  }

  /// The path, or "the embedded image" for a data URI.
  private static func describe(_ value: String, in language: OperatorLanguage) -> String {
    DocumentFiles.isDataURI(value) ? language.pick("the embedded image", "la imagen incrustada") : value
  }

  /// The kinds `BoundedFile` names, in Spanish with their article.
  static func spanishKind(_ kind: String) -> String {
    switch kind {
    case "system (/proc or /sys) entry": "una entrada del sistema (/proc o /sys)"
    case "pipe or device": "una tubería o un dispositivo"
    case "named pipe (FIFO)": "una tubería con nombre (FIFO)"
    case "device": "un dispositivo"
    case "socket": "un socket"
    case "special file": "un archivo especial"
    default: kind
    }
  }

  /// The reasons `BoundedFile` gives, in Spanish; the system's own text stays as it is.
  static func spanishReason(_ reason: String) -> String {
    switch reason {
    case "permission denied": return "permiso denegado"
    case "too many symbolic links": return "demasiados enlaces simbólicos"
    default:
      guard reason.hasPrefix("I/O error (") else { return reason }
      return "error de E/S (" + reason.dropFirst("I/O error (".count)
    }
  }

  public enum Kind: CaseIterable, Hashable, Sendable {
    case dataURIShape, dataURINotBase64, notFound, folder, notRegularFile, tooLarge, unreadable, empty
    case wrongType
  }

  public var kind: Kind {
    switch self {
    case .dataURIShape: .dataURIShape
    case .dataURINotBase64: .dataURINotBase64
    case .notFound: .notFound
    case .folder: .folder
    case .notRegularFile: .notRegularFile
    case .tooLarge: .tooLarge
    case .unreadable: .unreadable
    case .empty: .empty
    case .wrongType: .wrongType
    }
  }

  public static func example(of kind: Kind) -> FileProblem {
    switch kind {
    case .dataURIShape: .dataURIShape
    case .dataURINotBase64: .dataURINotBase64
    case .notFound: .notFound("/docs/ine-front.jpg")
    case .folder: .folder("/docs")
    case .notRegularFile: .notRegularFile("/dev/zero", kind: "device")
    case .tooLarge: .tooLarge("/docs/scan.jpg", size: 12_400_000, limit: 10_000_000)
    case .unreadable: .unreadable("/docs/locked.jpg", reason: "permission denied")
    case .empty: .empty("/docs/empty.jpg")
    case .wrongType: .wrongType("/docs/photo.gif", accepted: DocumentImageFormat.images)
    }
  }
}
