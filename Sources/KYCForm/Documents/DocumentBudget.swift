/// The size budget of the files one create sends. Kira caps the whole
/// encoded request (about 10 MB at its gateway), not each image, and the
/// files travel inside the JSON as base64 `data:` URIs, a third larger than
/// on disk. The budget is the request limit less headroom for the JSON
/// around the files; see DECISIONS.md.
public struct DocumentBudget: Sendable, Hashable {
  /// The largest request body Kira takes, in bytes (the embedded sandbox
  /// answers 413 above it, as Kira does).
  public static let requestLimit = 10_000_000
  /// Room kept for everything in the body that is not a file.
  public static let jsonHeadroom = 500_000
  /// What the encoded files may take together.
  public static let fileLimit = requestLimit - jsonHeadroom

  /// One attached file.
  public struct File: Sendable, Hashable {
    /// The field holding it.
    public var field: FieldID
    /// The path (or `data URI`) as the operator gave it.
    public var shownAs: String
    /// Its size on disk (decoded, for a data URI).
    public var byteCount: Int
    /// What it takes in the body: the `data:<mime>;base64,` URI.
    public var encodedCount: Int
    /// True for a file embedded as a data URI (`shownAs` is then a description, not a path).
    public var isEmbedded = false
  }

  /// The files of these answers that would be sent, and whose size is known.
  public var files: [File]

  /// The budget of files already inspected (their format and size known),
  /// counting only the fields in `visible` (a hidden back image is not sent).
  public init(inspected: [FieldID: DocumentFileInfo], visible: [FieldID]) {
    files = OnboardingForm.budgetedFiles.compactMap { entry in
      guard visible.contains(entry.field), let info = inspected[entry.field] else { return nil }
      return File(
        field: entry.field, shownAs: info.path, byteCount: info.byteCount,
        encodedCount: Self.encodedCount(byteCount: info.byteCount, mime: info.format.mimeType),
        isEmbedded: info.path == "data URI")
    }
  }

  init(files: [File]) {
    self.files = files
  }

  /// Encoded bytes used by all files.
  public var used: Int { files.reduce(0) { $0 + $1.encodedCount } }
  /// Encoded bytes left (negative when over).
  public var left: Int { Self.fileLimit - used }
  /// True when the files do not fit.
  public var isOver: Bool { used > Self.fileLimit }

  /// "Files 6.2 of 9.5 MB · 3.3 MB left", "Files 2 KB of 9.5 MB · 9.5 MB
  /// left" (sizes as sent, base64 included).
  public var summary: String { summary(in: .english) }

  /// The summary in `language`: "Archivos: 6.2 de 9.5 MB · quedan 3.3 MB".
  public func summary(in language: OperatorLanguage) -> String {
    let limitText = DocumentFiles.formatNumber(Self.fileLimit)
    let usedText = used >= 950_000 ? DocumentFiles.formatNumber(used) : DocumentFiles.formatBytes(used)
    let amount = language.pick(
      "Files \(usedText) of \(limitText) MB", "Archivos: \(usedText) de \(limitText) MB")
    let over = DocumentFiles.formatBytes(-left)
    let rest = DocumentFiles.formatBytes(left)
    if isOver { return amount + language.pick(" · over by \(over)", " · excede en \(over)") }
    return amount + language.pick(" · \(rest) left", " · quedan \(rest)")
  }

  /// The size a file of `byteCount` bytes takes as a base64 data URI of `mime`.
  public static func encodedCount(byteCount: Int, mime: String) -> Int {
    "data:\(mime);base64,".utf8.count + (byteCount + 2) / 3 * 4
  }

  /// When over: names the largest file and how much smaller the set must be.
  public var overMessage: String? { overMessage(in: .english) }

  /// `overMessage` in `language`.
  public func overMessage(in language: OperatorLanguage) -> String? {
    guard isOver, let largest = files.max(by: { $0.encodedCount < $1.encodedCount }) else { return nil }
    let over = -left
    let onDisk = over * 3 / 4
    let usedText = DocumentFiles.formatBytes(used)
    let limitText = DocumentFiles.formatBytes(Self.fileLimit)
    let largestText = DocumentFiles.formatBytes(largest.byteCount)
    let onDiskText = DocumentFiles.formatBytes(onDisk)
    switch language {
    case .english:
      return "the files take \(usedText) in the request (base64), over the "
        + "\(limitText) Kira takes with the rest of the body; the largest is "
        + "\(largest.shownAs) (\(largestText)): make the set about "
        + "\(onDiskText) smaller on disk (a smaller photo or scan)"
    case .spanish:
      let name = largest.isEmbedded ? "el archivo incrustado" : largest.shownAs
      return "los archivos ocupan \(usedText) en la solicitud (base64), más de los \(limitText) que Kira "
        + "acepta junto con el resto del cuerpo; el más grande es \(name) (\(largestText)): reduzca el "
        + "conjunto unos \(onDiskText) en disco (una foto o un escaneo más pequeño)"
    }
  }
}

extension OnboardingForm {
  /// The file fields in the order they are sent, with the formats each takes.
  static let budgetedFiles: [(field: FieldID, formats: Set<DocumentImageFormat>)] = [
    (.documentFrontImage, DocumentImageFormat.images), (.documentBackImage, DocumentImageFormat.images),
    (.proofOfAddress, DocumentImageFormat.imagesAndPDF),
  ]

  /// The budget these answers use: every visible file field with a value
  /// whose size can be found (a missing file is its own field's error).
  /// Sizes come from `stat` (or the decoded data URI); nothing is read.
  public func documentBudget(_ values: FormValues, policy: ValidationPolicy) -> DocumentBudget {
    var files: [DocumentBudget.File] = []
    for (id, formats) in Self.budgetedFiles {
      let value = values[id].trimmedWhitespace
      guard !value.isEmpty, let field = field(id), field.isVisible(in: values),
        let size = DocumentFiles.byteCount(value, policy: policy)
      else { continue }
      // The MIME type is only known once the file is read: the longest prefix is assumed.
      let mime = formats.contains(.pdf) ? DocumentImageFormat.pdf.mimeType : DocumentImageFormat.jpeg.mimeType
      files.append(
        DocumentBudget.File(
          field: id, shownAs: DocumentFiles.isDataURI(value) ? "the embedded file" : value, byteCount: size,
          encodedCount: DocumentBudget.encodedCount(byteCount: size, mime: mime),
          isEmbedded: DocumentFiles.isDataURI(value)))
    }
    return DocumentBudget(files: files)
  }
}

extension DocumentFiles {
  /// The formats a file field takes: a proof of address may be a PDF.
  public static func acceptedFormats(for field: FieldID) -> Set<DocumentImageFormat> {
    field == .proofOfAddress ? DocumentImageFormat.imagesAndPDF : DocumentImageFormat.images
  }
}

extension FieldRule {
  /// All files together fit the request budget. Reported on the field of
  /// the largest file only, so the set's overflow is said once.
  public static let documentBudget = FieldRule(
    code: "files_over_budget", summary: "all files together within the request limit",
    spanishSummary: "todos los archivos juntos dentro del límite de la solicitud"
  ) { _, context in
    let budget = OnboardingForm.individual.documentBudget(context.values, policy: context.policy)
    guard budget.isOver,
      budget.files.max(by: { $0.encodedCount < $1.encodedCount })?.field == context.field.id
    else { return nil }
    let limit = DocumentFiles.formatBytes(DocumentBudget.fileLimit)
    return RuleFailure(
      code: "files_over_budget", .filesOverBudget(label: context.bilingualLabel, budget: budget),
      expected: BilingualText(
        english: "files together at most \(limit) as sent",
        spanish: "los archivos juntos, como máximo \(limit) tal como se envían"))
  }
}
