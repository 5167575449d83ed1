package it.pianodizona.report;

/**
 * Esito di una valutazione: the outcome shown in a table cell, always as an icon and a word,
 * never by colour alone.
 */
public enum Status {
  /** Raggiunto: the target is met. */
  MET,
  /** Parzialmente raggiunto. */
  PARTLY_MET,
  /** Non raggiunto. */
  NOT_MET,
  /** Dato mancante: nothing was measured although it was due. */
  NO_DATA,
  /** Non ancora dovuto: the target's date lies after the as-of date. */
  NOT_YET_DUE;

  /** The stable key of this status in CSS class names and message bundles, e.g. {@code partly-met}. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
