package it.pianodizona.rules.integrity;

import static it.pianodizona.rules.spi.PlanFields.NAME;
import static it.pianodizona.rules.spi.PlanFields.ORGANISATIONS;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.Organisation;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Soggetto duplicato: the same organisation listed twice under different ids, recognised by its
 * name as people read it (case, accents, punctuation and spacing aside, so "A.S.S.T. Crema" and
 * "ASST Crema" are one). Counts, seats and signatures that use both ids count it twice. The
 * second listing is reported. Municipalities are the territory rule's {@code DUPLICATE_MUNICIPALITY}.
 */
final class OrganisationDuplicate extends AbstractRule {

  OrganisationDuplicate() {
    super("ORGANISATION_DUPLICATE", RuleFamily.INTEGRITY, Severity.WARNING, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    List<Organisation> organisations = plan.organisations();
    Map<String, Integer> first = new HashMap<>();
    for (int o = 0; o < organisations.size(); o++) {
      Organisation organisation = organisations.get(o);
      String key = normalise(organisation.name());
      if (key.isEmpty()) {
        continue;
      }
      Integer earlier = first.putIfAbsent(key, o);
      if (earlier != null && !organisations.get(earlier).id().equals(organisation.id())) {
        context.finding(Pointer.root().item(ORGANISATIONS, o).field(NAME))
            .with("name", organisation.name())
            .with("other", organisations.get(earlier).id())
            .report();
      }
    }
  }

  /** The name without accents, case, punctuation (dots of acronyms included) and extra spaces. */
  static String normalise(String name) {
    return ReadingKeys.words(ReadingKeys.withoutMarks(name), true);
  }
}
