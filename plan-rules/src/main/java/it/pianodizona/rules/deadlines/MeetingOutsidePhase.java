package it.pianodizona.rules.deadlines;

import static it.pianodizona.rules.spi.PlanFields.DATE;
import static it.pianodizona.rules.spi.PlanFields.MEETINGS;
import static it.pianodizona.rules.spi.PlanFields.PARTICIPATION;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.participation.Meeting;
import it.pianodizona.model.participation.Phase;
import it.pianodizona.model.participation.WorkTable;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.PlanDates;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A meeting falls inside the window of its phase ("in questa prima fase, da ottobre a
 * dicembre"). The phase is the meeting's own, else its table's.
 */
final class MeetingOutsidePhase extends AbstractRule {

  MeetingOutsidePhase() {
    super("MEETING_OUTSIDE_PHASE", RuleFamily.DEADLINES, Severity.WARNING, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    Map<String, Phase> phases = new HashMap<>();
    plan.participation().phases().forEach(p -> phases.putIfAbsent(p.id(), p));
    List<Meeting> meetings = plan.participation().meetings();
    for (int m = 0; m < meetings.size(); m++) {
      Meeting meeting = meetings.get(m);
      Optional<String> phaseId = meeting.phaseId().or(() -> meeting.workTableId()
          .map(plan.workTablesById()::get).flatMap(WorkTable::phaseId));
      Optional<Phase> phase = phaseId.map(phases::get);
      if (phase.isEmpty() || phase.get().window().isEmpty()) {
        continue;
      }
      var window = phase.get().window().get();
      if (PlanDates.outside(meeting.date(), meeting.endDate().orElse(meeting.date().latest()), window)) {
        context.finding(Pointer.root().field(PARTICIPATION).item(MEETINGS, m).field(DATE))
            .with("date", meeting.date())
            .with("phase", phase.get().name())
            .with("window", window.statedAs().orElse(window.from() + " – " + window.to()))
            .report();
      }
    }
  }
}
