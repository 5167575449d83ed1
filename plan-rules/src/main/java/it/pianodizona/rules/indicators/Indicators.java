package it.pianodizona.rules.indicators;

import static it.pianodizona.rules.spi.PlanFields.INDICATORS;
import static it.pianodizona.rules.spi.PlanFields.OBJECTIVES;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.objective.Indicator;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.rules.spi.Pointer;

/** Indicatori del piano: walks every indicator of every objective with where it is. */
final class Indicators {

  /** What to do with one indicator. */
  @FunctionalInterface
  interface Visitor {
    void visit(Place at, Objective objective, Indicator indicator);
  }

  /**
   * Where an indicator is: the indexes of its objective and of itself. Most indicators have no
   * finding, so the JSON Pointer is written only for one that has.
   */
  record Place(int objective, int indicator) {

    /** The pointer to the indicator. */
    Pointer pointer() {
      return Pointer.root().item(OBJECTIVES, objective).item(INDICATORS, indicator);
    }
  }

  private Indicators() {}

  static void forEach(ZonePlan plan, Visitor visitor) {
    for (int o = 0; o < plan.objectives().size(); o++) {
      Objective objective = plan.objectives().get(o);
      for (int i = 0; i < objective.indicators().size(); i++) {
        visitor.visit(new Place(o, i), objective, objective.indicators().get(i));
      }
    }
  }
}
