package it.pianodizona.rules.eligibility;

import com.google.common.collect.ImmutableSet;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.rules.AbstractRule;
import it.pianodizona.rules.Citations;
import it.pianodizona.rules.JsonPointers;
import it.pianodizona.rules.PlanningCycle;
import it.pianodizona.rules.RuleContext;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
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
      context.finding(JsonPointers.of("agreement", "signatories"))
          .with("cycle", cycle.get().label())
          .reference(cycle.get().guidelines().orElse(context.profile().signatureReference()))
          .report();
    }
  }
}
