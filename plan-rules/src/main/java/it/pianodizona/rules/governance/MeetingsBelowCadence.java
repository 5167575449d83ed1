package it.pianodizona.rules.governance;

import static it.pianodizona.rules.spi.PlanFields.CADENCE;
import static it.pianodizona.rules.spi.PlanFields.GOVERNANCE_BODIES;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.governance.Cadence;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.participation.Meeting;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.PlanDates;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A body with a declared cadence ("di norma 1 incontro al mese") has, between the first and the
 * last of its meetings recorded inside the plan period, at least as many meetings as the cadence
 * implies. The cadence is declared for the plan's governance, so meetings held while the plan was
 * being drawn up do not count; bodies with fewer than two such meetings are not judged.
 */
final class MeetingsBelowCadence extends AbstractRule {

  MeetingsBelowCadence() {
    super("MEETINGS_BELOW_CADENCE", RuleFamily.GOVERNANCE, Severity.INFO, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    Map<String, List<Meeting>> byBody = new HashMap<>();
    for (Meeting meeting : plan.participation().meetings()) {
      if (PlanDates.outside(meeting.date(), plan.period())) {
        continue;
      }
      meeting.governanceBodyId().ifPresent(b -> byBody.computeIfAbsent(b, k -> new ArrayList<>()).add(meeting));
    }
    for (int b = 0; b < plan.governanceBodies().size(); b++) {
      GovernanceBody body = plan.governanceBodies().get(b);
      List<Meeting> meetings = byBody.getOrDefault(body.id(), List.of());
      if (body.cadence().isEmpty() || meetings.size() < 2) {
        continue;
      }
      LocalDate first = meetings.stream().map(m -> m.date().earliest()).min(LocalDate::compareTo).orElseThrow();
      LocalDate last = meetings.stream().map(m -> m.date().earliest()).max(LocalDate::compareTo).orElseThrow();
      Cadence cadence = body.cadence().get();
      long expected = cadence.meetings() * units(cadence, first, last);
      if (meetings.size() < expected) {
        context.finding(Pointer.root().item(GOVERNANCE_BODIES, b).field(CADENCE))
            .with("body", body.name())
            .with("expected", (int) expected)
            .with("actual", meetings.size())
            .with("from", first)
            .with("to", last)
            .withOptional("statedAs", cadence.statedAs())
            .report();
      }
    }
  }

  /** How many cadence units (weeks, months, quarters, years) the span touches. */
  private static long units(Cadence cadence, LocalDate first, LocalDate last) {
    switch (cadence.per()) {
      case WEEK:
        return ChronoUnit.DAYS.between(first, last) / 7 + 1;
      case MONTH:
        return ChronoUnit.MONTHS.between(first.withDayOfMonth(1), last.withDayOfMonth(1)) + 1;
      case QUARTER:
        return (last.getYear() * 4L + last.get(IsoFields.QUARTER_OF_YEAR))
            - (first.getYear() * 4L + first.get(IsoFields.QUARTER_OF_YEAR)) + 1;
      case YEAR:
      default:
        return last.getYear() - first.getYear() + 1;
    }
  }
}
