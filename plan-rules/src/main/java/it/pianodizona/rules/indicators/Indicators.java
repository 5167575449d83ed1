package it.pianodizona.rules.indicators;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.objective.Indicator;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.rules.JsonPointers;

/** Indicatori del piano: walks every indicator of every objective with its JSON Pointer. */
final class Indicators {

  /** What to do with one indicator. */
  @FunctionalInterface
  interface Visitor {
    void visit(String path, Objective objective, Indicator indicator);
  }

  private Indicators() {}

  static void forEach(ZonePlan plan, Visitor visitor) {
    for (int o = 0; o < plan.objectives().size(); o++) {
      Objective objective = plan.objectives().get(o);
      for (int i = 0; i < objective.indicators().size(); i++) {
        visitor.visit(JsonPointers.of("objectives", o, "indicators", i), objective, objective.indicators().get(i));
      }
    }
  }
}
