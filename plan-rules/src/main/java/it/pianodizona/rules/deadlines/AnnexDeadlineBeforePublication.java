package it.pianodizona.rules.deadlines;

import static it.pianodizona.rules.spi.PlanFields.ANNEXES;
import static it.pianodizona.rules.spi.PlanFields.CALLS;
import static it.pianodizona.rules.spi.PlanFields.DEADLINE;
import static it.pianodizona.rules.spi.PlanFields.PARTICIPATION;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.participation.Annex;
import it.pianodizona.model.participation.ParticipationCall;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.time.LocalDate;
import java.util.List;

/** An annex of a call cannot be due on or before the day the call is published. */
final class AnnexDeadlineBeforePublication extends AbstractRule {

  AnnexDeadlineBeforePublication() {
    super("ANNEX_DEADLINE_BEFORE_PUBLICATION", RuleFamily.DEADLINES, Severity.ERROR, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    List<ParticipationCall> calls = plan.participation().calls();
    for (int c = 0; c < calls.size(); c++) {
      ParticipationCall call = calls.get(c);
      if (call.publicationDate().isEmpty()) {
        continue;
      }
      LocalDate published = call.publicationDate().get();
      for (int a = 0; a < call.annexes().size(); a++) {
        Annex annex = call.annexes().get(a);
        if (annex.deadline().isPresent() && !annex.deadline().get().isAfter(published)) {
          context.finding(Pointer.root().field(PARTICIPATION).item(CALLS, c).item(ANNEXES, a).field(DEADLINE))
              .with("annex", annex.code())
              .with("deadline", annex.deadline().get())
              .with("publicationDate", published)
              .report();
        }
      }
    }
  }
}
