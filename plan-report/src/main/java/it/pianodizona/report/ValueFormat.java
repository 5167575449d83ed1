package it.pianodizona.report;

/**
 * Formato di un valore numerico: how the renderer writes a number in the report's language.
 * Values stay {@link java.math.BigDecimal}; only the renderer turns them into text.
 */
public enum ValueFormat {
  /** Euro with two decimals: {@code 5.265.488,22 €} in Italian, {@code €5,265,488.22} in English. */
  EUROS,
  /** Euro rounded to the unit, for large sums: {@code 5.265.488 €}. */
  WHOLE_EUROS,
  /** A percentage given in points (29 means 29%), with up to one decimal. */
  PERCENT,
  /** A plain number with grouping and up to two decimals. */
  NUMBER
}
