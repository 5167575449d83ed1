package it.pianodizona.rules.deadlines;

import static it.pianodizona.rules.spi.PlanFields.DATE;
import static it.pianodizona.rules.spi.PlanFields.MEETINGS;
import static it.pianodizona.rules.spi.PlanFields.PARTICIPATION;

import com.google.common.collect.ImmutableListMultimap;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.participation.Meeting;
import it.pianodizona.model.participation.ParticipationCall;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.PlanDates;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.List;

/**
 * The tables meet after the deadline for expressions of interest, so that everyone who answered
 * the call can take part from the first meeting.
 */
final class MeetingBeforeCallDeadline extends AbstractRule {

  MeetingBeforeCallDeadline() {
    super("MEETING_BEFORE_CALL_DEADLINE", RuleFamily.DEADLINES, Severity.WARNING, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    ImmutableListMultimap<String, Integer> byCall = context.fact(CallMeetings.BY_CALL);
    List<Meeting> meetings = plan.participation().meetings();
    for (ParticipationCall call : plan.participation().calls()) {
      if (call.deadline().isEmpty()) {
        continue;
      }
      for (int m : byCall.get(call.id())) {
        Meeting meeting = meetings.get(m);
        if (PlanDates.notAfter(meeting.date(), call.deadline().get())) {
          context.finding(Pointer.root().field(PARTICIPATION).item(MEETINGS, m).field(DATE))
              .with("date", meeting.date())
              .with("callDeadline", call.deadline().get())
              .with("call", call.title())
              .report();
        }
      }
    }
  }
}
