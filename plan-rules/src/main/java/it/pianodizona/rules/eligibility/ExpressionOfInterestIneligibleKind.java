package it.pianodizona.rules.eligibility;

import static it.pianodizona.rules.spi.PlanFields.EXPRESSIONS_OF_INTEREST;
import static it.pianodizona.rules.spi.PlanFields.PARTICIPATION;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.participation.ExpressionOfInterest;
import it.pianodizona.model.participation.ParticipationCall;
import it.pianodizona.model.territory.Party;
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
 * An expression of interest comes from a kind of body the call admits, where the call names
 * them; a call open to public administrations admits every public body
 * ({@link it.pianodizona.model.territory.OrganisationKind#isA}).
 */
final class ExpressionOfInterestIneligibleKind extends AbstractRule {

  ExpressionOfInterestIneligibleKind() {
    super("EXPRESSION_OF_INTEREST_INELIGIBLE_KIND", RuleFamily.ELIGIBILITY, Severity.WARNING,
        Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    Map<String, ParticipationCall> calls = new HashMap<>();
    plan.participation().calls().forEach(c -> calls.putIfAbsent(c.id(), c));
    List<ExpressionOfInterest> interests = plan.participation().expressionsOfInterest();
    for (int e = 0; e < interests.size(); e++) {
      ExpressionOfInterest interest = interests.get(e);
      ParticipationCall call = calls.get(interest.callId());
      Party party = plan.partiesById().get(interest.partyId());
      if (call == null || party == null || call.eligibleApplicantKinds().isEmpty()) {
        continue;
      }
      if (!party.kind().isAnyOf(call.eligibleApplicantKinds())) {
        context.finding(Pointer.root().field(PARTICIPATION).item(EXPRESSIONS_OF_INTEREST, e))
            .with("party", party.name())
            .with("kind", party.kind())
            .with("eligible", call.eligibleApplicantKinds())
            .report();
      }
    }
  }
}
