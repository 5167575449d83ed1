package it.pianodizona.rules.governance;

import static it.pianodizona.rules.spi.PlanFields.GOVERNANCE_BODIES;
import static it.pianodizona.rules.spi.PlanFields.MEMBERS;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.governance.SeatBasis;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.EnumSet;
import java.util.Set;

/**
 * Organo senza componenti: a body whose seats the plan declares but whose members it does not
 * list. Often the members are named by a later act, so this is an INFO: the seat rules cannot be
 * checked until they are listed. Seats the territory fills by itself (one mayor per municipality,
 * so many per sub-district) name their members implicitly and are not reported: only bodies
 * with a fixed seat (chair, named role, a seat for a kind of organisation) are.
 */
final class BodySeatsWithoutMembers extends AbstractRule {

  private static final Set<SeatBasis> FIXED = EnumSet.of(
      SeatBasis.CHAIR, SeatBasis.VICE_CHAIR, SeatBasis.NAMED_ROLE, SeatBasis.PER_ORGANISATION_KIND);

  BodySeatsWithoutMembers() {
    super("BODY_SEATS_WITHOUT_MEMBERS", RuleFamily.GOVERNANCE, Severity.INFO, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    for (int b = 0; b < plan.governanceBodies().size(); b++) {
      GovernanceBody body = plan.governanceBodies().get(b);
      boolean fixedSeats = body.seatRules().stream().anyMatch(r -> r.seats() > 0 && FIXED.contains(r.basis()));
      if (fixedSeats && body.members().isEmpty()) {
        context.finding(Pointer.root().item(GOVERNANCE_BODIES, b).field(MEMBERS))
            .with("body", body.name()).with("seats", body.seatRules().size()).report();
      }
    }
  }
}
