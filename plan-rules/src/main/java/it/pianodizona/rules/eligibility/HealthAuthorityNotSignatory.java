package it.pianodizona.rules.eligibility;

import static it.pianodizona.rules.spi.PlanFields.AGREEMENT;
import static it.pianodizona.rules.spi.PlanFields.SIGNATORIES;

import com.google.common.collect.ImmutableSet;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.model.territory.Party;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.Optional;

/**
 * The plan is made in agreement with the health authority (ATS, ASL, AUSL), which signs the
 * agreement (L. 328/2000 art. 19 c.1-2): the district's own, or else any health authority.
 */
final class HealthAuthorityNotSignatory extends AbstractRule {

  HealthAuthorityNotSignatory() {
    super("HEALTH_AUTHORITY_NOT_SIGNATORY", RuleFamily.ELIGIBILITY, Severity.ERROR, Citations.L328_ART19_C1 + "-2");
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    Optional<ImmutableSet<String>> signatories = context.fact(Signatories.PARTY_IDS);
    if (signatories.isEmpty() || !context.profile().healthAuthoritySigns()) {
      return;
    }
    Optional<String> own = plan.district().healthAuthorityId();
    boolean signed = own.isPresent()
        ? signatories.get().contains(own.get())
        : signatories.get().stream().map(plan.partiesById()::get)
            .anyMatch(p -> p != null && p.kind() == OrganisationKind.HEALTH_AUTHORITY);
    if (!signed) {
      context.finding(Pointer.root().field(AGREEMENT).field(SIGNATORIES))
          .withOptional("healthAuthority", own.map(plan.partiesById()::get).map(Party::name).or(() -> own))
          .variant(own.isPresent() ? "named" : "any")
          .reference(context.profile().signatureReference())
          .report();
    }
  }
}
