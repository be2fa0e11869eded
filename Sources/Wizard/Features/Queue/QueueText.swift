import KYCForm

/// Everything the support queue says, as values with their arguments,
/// turned into words at one place (`text(in:)`) in either language. Each
/// case returns both translations, so a missing one does not compile. What
/// the rows themselves say (`QueueItem`) comes as it was made.
public enum QueueText: Sendable, Hashable {
  /// The screen is smaller than the queue needs.
  case tooSmall(columns: Int, rows: Int)
  /// The header's title.
  case title
  /// Before the first load ends.
  case loading
  /// How many users and attempts need action.
  case summary(users: Int, attempts: Int)
  /// After the summary: a load is under way again.
  case reloading
  /// After the summary: when the queue was read.
  case readAt(String)
  /// Which rows show, when not all fit (`more` holds the arrows).
  case rows(first: Int, last: Int, total: Int, more: String)
  /// Nothing in the queue.
  case empty
  /// The key hints on the last line.
  case keys
  /// A flow opened from the queue ended well.
  case backFrom(action: String, title: String)
  /// A flow opened from the queue ended with another exit status.
  case flowEnded(action: String, title: String, status: Int32)
  /// Enter on an empty queue.
  case nothingToOpen
  /// Enter on a row without a flow (its action says what to do instead).
  case nothingToOpenFor(title: String, action: String)
  /// Kira's users could not be read, and why.
  case usersUnreadable(String)
  /// This desk's journal could not be read, and why.
  case journalUnreadable(String)
  /// This desk's store could not be opened.
  case storeUnavailable

  /// The words in `language`.
  public func text(in language: OperatorLanguage) -> String {
    let (english, spanish) = translations
    return language == .spanish ? spanish : english
  }

  private var translations: (String, String) {
    switch self {
    case .tooSmall(let columns, let rows):
      (
        "The queue needs at least 60x10; this terminal is \(columns)x\(rows).",
        "La cola necesita al menos 60x10; esta terminal mide \(columns)x\(rows)."
      )
    case .title: (" kira-onboard · Support queue", " kira-onboard · Cola de soporte")
    case .loading:
      (
        " Loading Kira's users and this desk's attempts…",
        " Cargando los usuarios de Kira y los intentos de este puesto…"
      )
    case .summary(let users, let attempts):
      (
        " \(users) Kira \(users == 1 ? "user needs" : "users need") action · "
          + "\(attempts) open \(attempts == 1 ? "attempt" : "attempts") on this desk",
        " \(users) \(users == 1 ? "usuario" : "usuarios") de Kira por atender · "
          + "\(attempts) \(attempts == 1 ? "intento abierto" : "intentos abiertos") aquí"
      )
    case .reloading: (" · reloading…", " · actualizando…")
    case .readAt(let time): (" · read at \(time)", " · a las \(time)")
    case .rows(let first, let last, let total, let more):
      ("rows \(first)-\(last) of \(total) \(more)", "filas \(first)-\(last) de \(total) \(more)")
    case .empty:
      (
        "Nothing needs action: no Kira user is rejected or waiting for data, and no attempt on this desk "
          + "is open. r reads again.",
        "No hay nada por atender: ningún usuario de Kira está rechazado ni esperando datos, y no hay "
          + "intentos abiertos en este puesto. Presione r para actualizar."
      )
    case .keys:
      (
        " Enter open · ↑↓ PgUp PgDn move · r read again · q quit",
        " Enter abrir · ↑↓ PgUp PgDn mover · r actualizar · q salir"
      )
    case .backFrom(let action, let title):
      (
        "Back from \(action) (\(title)); the queue is reloaded",
        "De regreso de \(action) (\(title)); la cola se vuelve a leer"
      )
    case .flowEnded(let action, let title, let status):
      (
        "\(action) (\(title)) ended with status \(status); the queue is reloaded",
        "\(action) (\(title)) terminó con código \(status); la cola se vuelve a leer"
      )
    case .nothingToOpen:
      ("Nothing to open: the queue is empty", "No hay nada que abrir: la cola está vacía")
    case .nothingToOpenFor(let title, let action):
      ("Nothing to open for \(title): \(action)", "No hay nada que abrir para \(title): \(action)")
    case .usersUnreadable(let reason):
      (
        "Kira's users could not be read: \(reason)",
        "No se pudieron leer los usuarios de Kira: \(reason)"
      )
    case .journalUnreadable(let reason):
      (
        "This desk's journal could not be read: \(reason)",
        "No se pudo leer el registro de este puesto: \(reason)"
      )
    case .storeUnavailable:
      (
        "This desk's store could not be opened: only Kira's users are shown",
        "No se pudo abrir la base local de este puesto: solo se muestran los usuarios de Kira"
      )
    }
  }

  /// One example of every case, for the test that each has both translations.
  static let examples: [QueueText] = [
    .tooSmall(columns: 50, rows: 8), .title, .loading, .summary(users: 2, attempts: 1), .reloading,
    .readAt("10:06:30"), .rows(first: 2, last: 9, total: 30, more: "↑ ↓ "), .empty, .keys,
    .backFrom(action: "fix", title: "M. G…"), .flowEnded(action: "fix", title: "M. G…", status: 65),
    .nothingToOpen, .nothingToOpenFor(title: "attempt #9", action: "look up the e-mail"),
    .usersUnreadable("could not connect"), .journalUnreadable("locked"), .storeUnavailable,
  ]
}
