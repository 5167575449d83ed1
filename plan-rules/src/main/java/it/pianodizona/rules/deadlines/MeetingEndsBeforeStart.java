package it.pianodizona.rules.deadlines;

import static it.pianodizona.rules.spi.PlanFields.END_TIME;
import static it.pianodizona.rules.spi.PlanFields.MEETINGS;
import static it.pianodizona.rules.spi.PlanFields.PARTICIPATION;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.participation.Meeting;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.List;

/**
 * A one-day meeting ends after it starts: an end time (ora di fine) before the start time is a
 * slip of the document or of its encoding. A meeting spread over several days ends on its last
 * day, so its times are not compared.
 */
final class MeetingEndsBeforeStart extends AbstractRule {

  MeetingEndsBeforeStart() {
    super("MEETING_ENDS_BEFORE_START", RuleFamily.DEADLINES, Severity.ERROR, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    List<Meeting> meetings = plan.participation().meetings();
    for (int m = 0; m < meetings.size(); m++) {
      Meeting meeting = meetings.get(m);
      boolean oneDay = meeting.endDate().isEmpty() || meeting.endDate().get().equals(meeting.date().earliest())
          && meeting.date().earliest().equals(meeting.date().latest());
      if (oneDay && meeting.startTime().isPresent() && meeting.endTime().isPresent()
          && meeting.endTime().get().isBefore(meeting.startTime().get())) {
        context.finding(Pointer.root().field(PARTICIPATION).item(MEETINGS, m).field(END_TIME))
            .with("date", meeting.date())
            .with("start", meeting.startTime().get().toString())
            .with("end", meeting.endTime().get().toString())
            .report();
      }
    }
  }
}
