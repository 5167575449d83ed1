package it.pianodizona.rules.integrity;

import static it.pianodizona.rules.spi.PlanFields.DECLARED_COUNTS;

import it.pianodizona.model.CountedSubject;
import it.pianodizona.model.DeclaredCount;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.participation.WorkTable;
import it.pianodizona.model.participation.WorkTableKind;
import it.pianodizona.model.policy.PolicyArea;
import it.pianodizona.model.policy.StrategicArea;
import it.pianodizona.model.policy.TargetGroup;
import it.pianodizona.model.territory.Municipality;
import it.pianodizona.model.territory.SubDistrict;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A count the document declares ("27 comuni", "5 aree di policy", "tre tavoli") equals the
 * items the plan lists, counted by distinct id, for the whole plan or for the sub-district the
 * count names. A count of tables of one kind ("6 tavoli tematici") counts the tables of that
 * kind only; a count that names no kind counts the working tables, not plenary sessions. Where the plan lists none of
 * them the count cannot be checked; and since documents often name only a few of their member
 * municipalities, fewer municipalities than declared is not reported, more is. Meetings are
 * counted by the deadlines rules.
 */
final class DeclaredCountMismatch extends AbstractRule {

  DeclaredCountMismatch() {
    super("DECLARED_COUNT_MISMATCH", RuleFamily.INTEGRITY, Severity.WARNING, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    List<DeclaredCount> counts = plan.declaredCounts();
    for (int i = 0; i < counts.size(); i++) {
      DeclaredCount count = counts.get(i);
      Optional<Long> listed = listed(plan, count);
      boolean partialMunicipalities = count.subject() == CountedSubject.MUNICIPALITIES
          && listed.isPresent() && listed.get() < count.value();
      if (listed.isPresent() && listed.get() > 0 && listed.get() != count.value() && !partialMunicipalities) {
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
    Optional<String> scope = count.scopeId();
    boolean subDistrictScope = scope.isPresent()
        && plan.district().subDistricts().stream().anyMatch(s -> s.id().equals(scope.get()));
    if (scope.isPresent() && !subDistrictScope) {
      return Optional.empty();
    }
    switch (count.subject()) {
      case MUNICIPALITIES:
        return distinct(plan.district().municipalities().stream()
            .filter(m -> scope.isEmpty() || scope.equals(m.subDistrictId())).map(Municipality::id));
      case SUB_DISTRICTS:
        return scope.isPresent() ? Optional.empty()
            : distinct(plan.district().subDistricts().stream().map(SubDistrict::id));
      case TARGET_GROUPS:
        return scope.isPresent() ? distinct(tables(plan, scope).map(WorkTable::targetGroupIds).flatMap(Collection::stream))
            : distinct(plan.policyFramework().targetGroups().stream().map(TargetGroup::id));
      case POLICY_AREAS:
        return scope.isPresent() ? distinct(tables(plan, scope).map(WorkTable::policyAreaIds).flatMap(Collection::stream))
            : distinct(plan.policyFramework().policyAreas().stream().map(PolicyArea::id));
      case STRATEGIC_AREAS:
        return scope.isPresent() ? Optional.empty()
            : distinct(plan.policyFramework().strategicAreas().stream().map(StrategicArea::id));
      case OBJECTIVES:
        return scope.isPresent() ? Optional.empty() : distinct(plan.objectives().stream().map(o -> o.id()));
      case WORK_TABLES:
        return distinct(tables(plan, scope)
            .filter(t -> count.workTableKind().isEmpty() || count.workTableKind().get() == t.kind())
            .map(WorkTable::id));
      default:
        return Optional.empty();
    }
  }

  /** The working tables, of the sub-district when the count names one; plenaries are not tables. */
  private static Stream<WorkTable> tables(ZonePlan plan, Optional<String> scope) {
    return plan.participation().workTables().stream()
        .filter(t -> scope.isEmpty() || scope.equals(t.subDistrictId()))
        .filter(t -> t.kind() != WorkTableKind.PLENARY);
  }

  private static Optional<Long> distinct(Stream<String> ids) {
    return Optional.of(ids.filter(Objects::nonNull).distinct().count());
  }
}
