import KYCForm
import TerminalUI

extension Key {
  /// How help writes the key in `language`: in Spanish the keys named by a
  /// word get the word printed on Latin-American keyboards ("Espacio",
  /// "Inicio", "Supr") or the arrow's direction ("Arriba"); the names that
  /// are the same on every keyboard stay (Enter, Tab, Shift-Tab, Esc, PgUp,
  /// PgDn, F1, Ctrl-R).
  func name(in language: OperatorLanguage) -> String {
    guard language == .spanish else { return displayName }
    switch self {
    case .character(" "): return "Espacio"
    case .up: return "Arriba"
    case .down: return "Abajo"
    case .left: return "Izquierda"
    case .right: return "Derecha"
    case .home: return "Inicio"
    case .end: return "Fin"
    case .backspace: return "Retroceso"
    case .delete: return "Supr"
    case .paste: return "Pegar"
    case .resize: return "Cambio de tamaño"
    default: return displayName
    }
  }
}
