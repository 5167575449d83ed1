package it.pianodizona.overview;

/**
 * Fonte della popolazione: where a row's population comes from. The plan model states no
 * population yet; when it does, a constant for it joins this one.
 */
public enum PopulationBasis {
  /** Stated in the plan, with its reference date and source. */
  STATED,

  /**
   * Derived: the sum of the ISTAT registry's populations of the listed municipalities, used only
   * when the plan states none, every listed one has an ISTAT code and the plan does not declare
   * more municipalities than it lists (a partial sum is not the district's population).
   */
  REGISTRY
}
