package it.pianodizona.rules.deadlines;

import static it.pianodizona.rules.spi.PlanFields.EXPRESSIONS_OF_INTEREST;
import static it.pianodizona.rules.spi.PlanFields.PARTICIPATION;
import static it.pianodizona.rules.spi.PlanFields.RECEIVED_ON;

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
import java.util.Optional;

/** An expression of interest arrives by the deadline of its call. */
final class ExpressionOfInterestAfterDeadline extends AbstractRule {

  ExpressionOfInterestAfterDeadline() {
    super("EXPRESSION_OF_INTEREST_AFTER_DEADLINE", RuleFamily.DEADLINES, Severity.WARNING, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    Map<String, ParticipationCall> calls = new HashMap<>();
    plan.participation().calls().forEach(c -> calls.putIfAbsent(c.id(), c));
    List<ExpressionOfInterest> interests = plan.participation().expressionsOfInterest();
    for (int e = 0; e < interests.size(); e++) {
      ExpressionOfInterest interest = interests.get(e);
      ParticipationCall call = calls.get(interest.callId());
      if (call == null || call.deadline().isEmpty() || interest.receivedOn().isEmpty()) {
        continue;
      }
      if (interest.receivedOn().get().isAfter(call.deadline().get())) {
        context.finding(Pointer.root().field(PARTICIPATION).item(EXPRESSIONS_OF_INTEREST, e).field(RECEIVED_ON))
            .with("party", Optional.ofNullable(plan.partiesById().get(interest.partyId())).map(Party::name)
                .orElse(interest.partyId()))
            .with("receivedOn", interest.receivedOn().get())
            .with("deadline", call.deadline().get())
            .report();
      }
    }
  }
}
