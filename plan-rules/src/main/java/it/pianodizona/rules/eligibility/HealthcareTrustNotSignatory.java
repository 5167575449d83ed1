package it.pianodizona.rules.eligibility;

import static it.pianodizona.rules.spi.PlanFields.AGREEMENT;
import static it.pianodizona.rules.spi.PlanFields.SIGNATORIES;

import com.google.common.collect.ImmutableSet;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.profile.PlanningCycle;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.Optional;

/**
 * Where the regional cycle says so (Lombardia 2021-2023), the healthcare trust (ASST) signs the
 * agreement too.
 */
final class HealthcareTrustNotSignatory extends AbstractRule {

  HealthcareTrustNotSignatory() {
    super("HEALTHCARE_TRUST_NOT_SIGNATORY", RuleFamily.ELIGIBILITY, Severity.ERROR,
        Citations.LOMBARDIA_LR3_2008_ART18_C7);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    Optional<ImmutableSet<String>> signatories = context.fact(Signatories.PARTY_IDS);
    Optional<PlanningCycle> cycle = context.cycle().filter(PlanningCycle::signatoriesRequireHealthcareTrust);
    if (signatories.isEmpty() || cycle.isEmpty()) {
      return;
    }
    boolean signed = signatories.get().stream().map(plan.partiesById()::get)
        .anyMatch(p -> p != null && p.kind() == OrganisationKind.HEALTHCARE_TRUST);
    if (!signed) {
      context.finding(Pointer.root().field(AGREEMENT).field(SIGNATORIES))
          .with("cycle", cycle.get().label())
          .reference(cycle.get().guidelines().orElse(context.profile().signatureReference()))
          .report();
    }
  }
}
