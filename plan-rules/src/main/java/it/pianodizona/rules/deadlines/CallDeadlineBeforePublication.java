package it.pianodizona.rules.deadlines;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.participation.ParticipationCall;
import it.pianodizona.rules.AbstractRule;
import it.pianodizona.rules.Citations;
import it.pianodizona.rules.JsonPointers;
import it.pianodizona.rules.RuleContext;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
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
        context.finding(JsonPointers.of("participation", "calls", c, "deadline"))
            .with("call", call.title())
            .with("deadline", call.deadline().get())
            .with("publicationDate", call.publicationDate().get())
            .report();
      }
    }
  }
}
