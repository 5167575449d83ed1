package it.pianodizona.rules.deadlines;

import static it.pianodizona.rules.spi.PlanFields.CALLS;
import static it.pianodizona.rules.spi.PlanFields.DEADLINE;
import static it.pianodizona.rules.spi.PlanFields.PARTICIPATION;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.participation.ParticipationCall;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.List;

/** The deadline of a call for expressions of interest falls after the call is published. */
final class CallDeadlineBeforePublication extends AbstractRule {

  CallDeadlineBeforePublication() {
    super("CALL_DEADLINE_BEFORE_PUBLICATION", RuleFamily.DEADLINES, Severity.ERROR, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    List<ParticipationCall> calls = plan.participation().calls();
    for (int c = 0; c < calls.size(); c++) {
      ParticipationCall call = calls.get(c);
      if (call.publicationDate().isPresent() && call.deadline().isPresent()
          && !call.deadline().get().isAfter(call.publicationDate().get())) {
        context.finding(Pointer.root().field(PARTICIPATION).item(CALLS, c).field(DEADLINE))
            .with("call", call.title())
            .with("deadline", call.deadline().get())
            .with("publicationDate", call.publicationDate().get())
            .report();
      }
    }
  }
}
