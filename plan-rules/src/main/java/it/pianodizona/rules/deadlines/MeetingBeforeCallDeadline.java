package it.pianodizona.rules.deadlines;

import com.google.common.collect.ImmutableListMultimap;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.participation.Meeting;
import it.pianodizona.model.participation.ParticipationCall;
import it.pianodizona.rules.AbstractRule;
import it.pianodizona.rules.Citations;
import it.pianodizona.rules.JsonPointers;
import it.pianodizona.rules.PlanDates;
import it.pianodizona.rules.RuleContext;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
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
          context.finding(JsonPointers.of("participation", "meetings", m, "date"))
              .with("date", meeting.date())
              .with("callDeadline", call.deadline().get())
              .with("call", call.title())
              .report();
        }
      }
    }
  }
}
