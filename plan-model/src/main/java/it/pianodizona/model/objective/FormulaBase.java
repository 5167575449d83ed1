package it.pianodizona.model.objective;

/** Base di calcolo: the denominator of a target computed on budget figures. */
public enum FormulaBase {
  /** Spesa sociale distrettuale of the same year ("% della spesa sociale complessiva"). */
  DISTRICT_SOCIAL_SPENDING,
  /** Consuntivo of the year before ("riferito al consuntivo dell'anno precedente"). */
  PREVIOUS_YEAR_ACTUALS,
  /** The plan's declared budget total of the same year. */
  BUDGET_TOTAL
}
