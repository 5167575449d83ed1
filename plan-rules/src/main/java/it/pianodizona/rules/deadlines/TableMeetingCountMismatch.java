package it.pianodizona.rules.deadlines;

import static it.pianodizona.rules.spi.PlanFields.DECLARED_COUNTS;

import it.pianodizona.model.CountedSubject;
import it.pianodizona.model.DeclaredCount;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.participation.Meeting;
import it.pianodizona.model.participation.WorkTable;
import it.pianodizona.model.participation.WorkTableKind;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each table meets as often as the document declares ("2 volte per ognuno dei tre tavoli
 * tematici"). The count applies to the table it names, to the thematic tables of the
 * sub-district or phase it names, or to every thematic table; a count that names a kind of table
 * applies to the tables of that kind instead of the thematic ones.
 */
final class TableMeetingCountMismatch extends AbstractRule {

  TableMeetingCountMismatch() {
    super("TABLE_MEETING_COUNT_MISMATCH", RuleFamily.DEADLINES, Severity.WARNING, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    List<Meeting> meetings = plan.participation().meetings();
    if (meetings.isEmpty()) {
      return;
    }
    Map<String, Integer> perTable = new HashMap<>();
    meetings.forEach(m -> m.workTableId().ifPresent(t -> perTable.merge(t, 1, Integer::sum)));
    List<DeclaredCount> counts = plan.declaredCounts();
    for (int i = 0; i < counts.size(); i++) {
      DeclaredCount count = counts.get(i);
      if (count.subject() != CountedSubject.MEETINGS_PER_TABLE) {
        continue;
      }
      for (WorkTable table : plan.participation().workTables()) {
        if (!inScope(table, count.scopeId(), count.workTableKind().orElse(WorkTableKind.THEMATIC), plan)) {
          continue;
        }
        int held = perTable.getOrDefault(table.id(), 0);
        if (held != count.value()) {
          context.finding(Pointer.root().item(DECLARED_COUNTS, i))
              .with("table", table.name())
              .with("expected", count.value())
              .with("actual", held)
              .with("statedAs", count.statedAs())
              .report();
        }
      }
    }
  }

  private static boolean inScope(WorkTable table, Optional<String> scope, WorkTableKind kind, ZonePlan plan) {
    if (scope.isPresent() && plan.workTablesById().containsKey(scope.get())) {
      return table.id().equals(scope.get());
    }
    if (table.kind() != kind) {
      return false;
    }
    return scope.isEmpty() || scope.equals(table.subDistrictId()) || scope.equals(table.phaseId());
  }
}
