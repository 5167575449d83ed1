package it.pianodizona.rules.eligibility;

import static it.pianodizona.rules.spi.PlanFields.AGREEMENT;
import static it.pianodizona.rules.spi.PlanFields.SIGNATORIES;

import com.google.common.collect.ImmutableSet;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.Municipality;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.Optional;

/**
 * Every member municipality of the district signs the agreement (L. 328/2000 art. 19 c.2;
 * l.r. Lombardia 3/2008 art. 18 c.7). An agreement that lists no signatory yet is not judged.
 */
final class MunicipalityNotSignatory extends AbstractRule {

  MunicipalityNotSignatory() {
    super("MUNICIPALITY_NOT_SIGNATORY", RuleFamily.ELIGIBILITY, Severity.ERROR, Citations.L328_ART19_C2);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    Optional<ImmutableSet<String>> signatories = context.fact(Signatories.PARTY_IDS);
    if (signatories.isEmpty() || !context.profile().allMunicipalitiesSign()) {
      return;
    }
    for (Municipality municipality : plan.district().municipalities()) {
      if (!signatories.get().contains(municipality.id())) {
        context.finding(Pointer.root().field(AGREEMENT).field(SIGNATORIES))
            .with("municipality", municipality.id())
            .with("name", municipality.name())
            .reference(context.profile().signatureReference())
            .report();
      }
    }
  }
}
