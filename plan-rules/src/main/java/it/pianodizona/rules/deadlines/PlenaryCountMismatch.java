package it.pianodizona.rules.deadlines;

import static it.pianodizona.rules.spi.PlanFields.DECLARED_COUNTS;

import it.pianodizona.model.CountedSubject;
import it.pianodizona.model.DeclaredCount;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.participation.Meeting;
import it.pianodizona.model.participation.WorkTableKind;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.List;
import java.util.Optional;

/**
 * The plenary meetings listed are as many as the document declares ("2 volte in plenaria").
 * Where no meeting is listed at all the count cannot be checked and nothing is reported.
 */
final class PlenaryCountMismatch extends AbstractRule {

  PlenaryCountMismatch() {
    super("PLENARY_COUNT_MISMATCH", RuleFamily.DEADLINES, Severity.WARNING, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    List<Meeting> meetings = plan.participation().meetings();
    if (meetings.isEmpty()) {
      return;
    }
    List<DeclaredCount> counts = plan.declaredCounts();
    for (int i = 0; i < counts.size(); i++) {
      DeclaredCount count = counts.get(i);
      if (count.subject() != CountedSubject.PLENARY_MEETINGS) {
        continue;
      }
      Optional<String> phase = count.scopeId();
      if (phase.isPresent() && plan.participation().phases().stream().noneMatch(p -> p.id().equals(phase.get()))) {
        continue;
      }
      long plenaries = meetings.stream()
          .filter(m -> m.workTableId().map(plan.workTablesById()::get)
              .filter(t -> t.kind() == WorkTableKind.PLENARY).isPresent())
          .filter(m -> phase.isEmpty() || phase.equals(m.phaseId()))
          .count();
      if (plenaries != count.value()) {
        context.finding(Pointer.root().item(DECLARED_COUNTS, i))
            .with("expected", count.value())
            .with("actual", (int) plenaries)
            .with("statedAs", count.statedAs())
            .report();
      }
    }
  }
}
