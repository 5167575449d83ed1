package it.pianodizona.model;

/**
 * Tipo di fonte: what kind of document a plan was encoded from. A plan known only from a
 * summary, a call or a press release has no indicators or budget table to quote; rules that look
 * for them say so instead of calling the plan incomplete.
 */
public enum SourceKind {
  /** Il documento di piano completo. */
  FULL_PLAN,
  /** Una sintesi: a summary or presentation of the plan. */
  SUMMARY,
  /** Un avviso: a call (for co-programming, expressions of interest) about the plan. */
  CALL,
  /** Comunicati e stampa: press releases, news pages, local press. */
  PRESS
}
