package it.pianodizona.rules.deadlines;

import static it.pianodizona.rules.spi.PlanFields.ANNEXES;
import static it.pianodizona.rules.spi.PlanFields.CALLS;
import static it.pianodizona.rules.spi.PlanFields.DEADLINE;
import static it.pianodizona.rules.spi.PlanFields.PARTICIPATION;

import com.google.common.collect.ImmutableListMultimap;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.participation.Annex;
import it.pianodizona.model.participation.AnnexKind;
import it.pianodizona.model.participation.Meeting;
import it.pianodizona.model.participation.ParticipationCall;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A survey form (scheda di rilevazione) feeds the first meeting, so it is due before the first
 * meeting of the call's tables.
 */
final class SurveyFormDeadlineAfterFirstMeeting extends AbstractRule {

  SurveyFormDeadlineAfterFirstMeeting() {
    super("SURVEY_FORM_DEADLINE_AFTER_FIRST_MEETING", RuleFamily.DEADLINES, Severity.WARNING,
        Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    ImmutableListMultimap<String, Integer> byCall = context.fact(CallMeetings.BY_CALL);
    List<Meeting> meetings = plan.participation().meetings();
    List<ParticipationCall> calls = plan.participation().calls();
    for (int c = 0; c < calls.size(); c++) {
      ParticipationCall call = calls.get(c);
      Optional<Meeting> first = byCall.get(call.id()).stream().map(meetings::get)
          .min(Comparator.comparing(m -> m.date().earliest()));
      if (first.isEmpty()) {
        continue;
      }
      for (int a = 0; a < call.annexes().size(); a++) {
        Annex annex = call.annexes().get(a);
        if (annex.kind() == AnnexKind.SURVEY_FORM && annex.deadline().isPresent()
            && !annex.deadline().get().isBefore(first.get().date().latest())) {
          context.finding(Pointer.root().field(PARTICIPATION).item(CALLS, c).item(ANNEXES, a).field(DEADLINE))
              .with("annex", annex.code())
              .with("deadline", annex.deadline().get())
              .with("firstMeeting", first.get().date())
              .report();
        }
      }
    }
  }
}
