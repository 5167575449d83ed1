package it.pianodizona.model.budget;

/** Tipo di quota: what a declared share measures. */
public enum ShareKind {
  /**
   * (%) gestione associata: the budget total of the year over the district social spending of
   * the year.
   */
  JOINTLY_MANAGED
}
