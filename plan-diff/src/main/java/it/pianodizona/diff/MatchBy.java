package it.pianodizona.diff;

/** Criterio di abbinamento: how elements of the two versions are paired. */
public enum MatchBy {
  /** Per id: the same element has the same id in both versions (drafts of one plan). */
  IDS,
  /**
   * Per codice: as {@link #IDS}, then elements left unpaired are paired by the same
   * {@code code}, else the same {@code title}, else the same {@code name} (a successor plan,
   * whose objectives have new ids but keep their codes or titles).
   */
  CODES
}
