package it.pianodizona.rules.deadlines;

import static it.pianodizona.rules.spi.PlanFields.DATE;
import static it.pianodizona.rules.spi.PlanFields.MEETINGS;
import static it.pianodizona.rules.spi.PlanFields.PARTICIPATION;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.participation.Meeting;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Holidays;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Incontro in giorno festivo: a meeting dated to the day on a Sunday or a national public
 * holiday is usually a typo in the date (a public meeting of the tables is held on working
 * days), so it is an INFO to look at, not an error.
 *
 * <p>The holidays are those of L. 260/1949 art. 2 as in force since 2001: 1 January, 6 January
 * (restored by D.P.R. 792/1985), Easter Monday, 25 April, 1 May, 2 June (restored by L.
 * 336/2000), 15 August, 1 November, 8 December, 25 and 26 December. Easter is computed. The
 * local patron saint's day is not national and is not checked; 4 October, made a national
 * holiday again from 2026, is *verify* and not checked yet.
 */
final class MeetingOnHoliday extends AbstractRule {

  MeetingOnHoliday() {
    super("MEETING_ON_HOLIDAY", RuleFamily.DEADLINES, Severity.INFO, Citations.L260_1949_HOLIDAYS);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    List<Meeting> meetings = plan.participation().meetings();
    for (int m = 0; m < meetings.size(); m++) {
      Meeting meeting = meetings.get(m);
      if (!meeting.date().earliest().equals(meeting.date().latest())) {
        continue;
      }
      LocalDate day = meeting.date().earliest();
      Optional<String> holiday = Holidays.holiday(day);
      if (holiday.isPresent()) {
        context.finding(Pointer.root().field(PARTICIPATION).item(MEETINGS, m).field(DATE))
            .with("date", day).variant(holiday.get()).report();
      }
    }
  }
}
