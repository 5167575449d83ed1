package it.pianodizona.rules.integrity;

import static it.pianodizona.rules.spi.PlanFields.DECLARED_COUNTS;

import it.pianodizona.model.CountedSubject;
import it.pianodizona.model.DeclaredCount;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.participation.Meeting;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.model.territory.Party;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A participation figure ("36 enti del terzo settore", "12 incontri") is not below what the plan
 * itself lists, compared like with like: organisations of the kind the figure counts among the
 * parties its meetings list, meetings among its meetings; of the whole process, or of the
 * meeting, table or phase the figure names. People and hours are not listed, so they are never
 * compared; fewer listed than declared is a partial list, not a contradiction.
 */
final class ParticipationFigureMismatch extends AbstractRule {

  ParticipationFigureMismatch() {
    super("PARTICIPATION_FIGURE_MISMATCH", RuleFamily.INTEGRITY, Severity.WARNING, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    List<DeclaredCount> counts = plan.declaredCounts();
    for (int i = 0; i < counts.size(); i++) {
      DeclaredCount count = counts.get(i);
      Optional<Long> listed = listed(plan, count);
      if (listed.isPresent() && listed.get() > count.value()) {
        context.finding(Pointer.root().item(DECLARED_COUNTS, i))
            .with("subject", count.subject())
            .with("expected", count.value())
            .with("actual", listed.get().intValue())
            .with("statedAs", count.statedAs())
            .report();
      }
    }
  }

  private static Optional<Long> listed(ZonePlan plan, DeclaredCount count) {
    Optional<Stream<Meeting>> meetings = meetingsInScope(plan, count.scopeId());
    if (meetings.isEmpty()) {
      return Optional.empty();
    }
    if (count.subject() == CountedSubject.ORGANISATIONS) {
      return Optional.of(meetings.get().flatMap(m -> m.participantIds().stream()).distinct()
          .map(plan::party).flatMap(Optional::stream)
          .filter(p -> count.participantKind().map(k -> ofKind(p, k)).orElse(true))
          .count());
    }
    if (count.subject() == CountedSubject.MEETINGS && !isMeeting(plan, count.scopeId())) {
      return Optional.of(meetings.get().count());
    }
    return Optional.empty();
  }

  private static boolean ofKind(Party party, OrganisationKind kind) {
    return party.kind().isA(kind);
  }

  /** The meetings a figure is about; empty when its scope is none of a meeting, a table or a phase. */
  private static Optional<Stream<Meeting>> meetingsInScope(ZonePlan plan, Optional<String> scope) {
    List<Meeting> all = plan.participation().meetings();
    if (scope.isEmpty()) {
      return Optional.of(all.stream());
    }
    String id = scope.get();
    if (isMeeting(plan, scope)) {
      return Optional.of(all.stream().filter(m -> m.id().equals(id)));
    }
    if (plan.workTablesById().containsKey(id)) {
      return Optional.of(all.stream().filter(m -> m.workTableId().equals(scope)));
    }
    if (plan.participation().phases().stream().anyMatch(p -> p.id().equals(id))) {
      return Optional.of(all.stream().filter(m -> m.phaseId().equals(scope)));
    }
    return Optional.empty();
  }

  private static boolean isMeeting(ZonePlan plan, Optional<String> scope) {
    return scope.isPresent() && plan.participation().meetings().stream().anyMatch(m -> m.id().equals(scope.get()));
  }
}
