package it.pianodizona.report;

/** Tipo di nota: what a note tells the reader, shown as a word before its text. */
public enum NoteKind {
  /** Nota: a remark. */
  INFO,
  /** Valori illustrativi: the values near it are illustrative, not measured. */
  ILLUSTRATIVE,
  /** Attenzione: a caveat the reader must not miss. */
  WARNING;

  /** The stable key of this kind in CSS class names and message bundles. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
