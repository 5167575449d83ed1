package it.pianodizona.diff;

/** Tipo di modifica: what happened to an element between two versions of a plan. */
public enum ChangeKind {
  /** Aggiunto: only in the second version. */
  ADDED,
  /** Rimosso: only in the first version. */
  REMOVED,
  /** Modificato: in both, with a different value. */
  CHANGED,
  /** Spostato: the same element (by id or key) at another place among its siblings. */
  MOVED;

  /** The lower-case name used in JSON and on the command line. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
