package it.pianodizona.rules.integrity;

import static it.pianodizona.rules.spi.PlanFields.CODE;
import static it.pianodizona.rules.spi.PlanFields.OBJECTIVES;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.HashMap;
import java.util.Map;

/**
 * Codice obiettivo duplicato: two objectives the reader knows by the same code ("Obiettivo 8"),
 * under different ids. Codes are compared as people read them: case, spacing and punctuation
 * aside. The second one is reported, pointing back at the first.
 */
final class ObjectiveCodeDuplicate extends AbstractRule {

  ObjectiveCodeDuplicate() {
    super("OBJECTIVE_CODE_DUPLICATE", RuleFamily.INTEGRITY, Severity.WARNING, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    Map<String, Integer> first = new HashMap<>();
    for (int o = 0; o < plan.objectives().size(); o++) {
      String code = plan.objectives().get(o).code();
      Integer earlier = first.putIfAbsent(normalise(code), o);
      if (earlier != null) {
        context.finding(Pointer.root().item(OBJECTIVES, o).field(CODE))
            .with("code", code)
            .with("first", Pointer.root().item(OBJECTIVES, earlier).toString())
            .report();
      }
    }
  }

  static String normalise(String text) {
    return ReadingKeys.words(text, false);
  }
}
