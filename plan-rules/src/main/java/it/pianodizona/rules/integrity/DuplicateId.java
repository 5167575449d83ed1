package it.pianodizona.rules.integrity;

import static it.pianodizona.rules.spi.PlanFields.ACTIONS;
import static it.pianodizona.rules.spi.PlanFields.ANNEXES;
import static it.pianodizona.rules.spi.PlanFields.CALLS;
import static it.pianodizona.rules.spi.PlanFields.COLUMNS;
import static it.pianodizona.rules.spi.PlanFields.DISTRICT;
import static it.pianodizona.rules.spi.PlanFields.EXPRESSIONS_OF_INTEREST;
import static it.pianodizona.rules.spi.PlanFields.GOVERNANCE_BODIES;
import static it.pianodizona.rules.spi.PlanFields.ID;
import static it.pianodizona.rules.spi.PlanFields.INDICATORS;
import static it.pianodizona.rules.spi.PlanFields.MEETINGS;
import static it.pianodizona.rules.spi.PlanFields.MILESTONES;
import static it.pianodizona.rules.spi.PlanFields.MUNICIPALITIES;
import static it.pianodizona.rules.spi.PlanFields.OBJECTIVES;
import static it.pianodizona.rules.spi.PlanFields.ORGANISATIONS;
import static it.pianodizona.rules.spi.PlanFields.PARTICIPATION;
import static it.pianodizona.rules.spi.PlanFields.PHASES;
import static it.pianodizona.rules.spi.PlanFields.POLICY_AREAS;
import static it.pianodizona.rules.spi.PlanFields.POLICY_FRAMEWORK;
import static it.pianodizona.rules.spi.PlanFields.PREVIOUS_PLAN_OUTCOMES;
import static it.pianodizona.rules.spi.PlanFields.PRIORITY_MATRIX;
import static it.pianodizona.rules.spi.PlanFields.ROWS;
import static it.pianodizona.rules.spi.PlanFields.SEAT_RULES;
import static it.pianodizona.rules.spi.PlanFields.STRATEGIC_AREAS;
import static it.pianodizona.rules.spi.PlanFields.SUB_DISTRICTS;
import static it.pianodizona.rules.spi.PlanFields.TARGET_GROUPS;
import static it.pianodizona.rules.spi.PlanFields.WORK_TABLES;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.model.participation.Participation;
import it.pianodizona.model.policy.PolicyFramework;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Ids are unique in their space: municipalities and organisations share one; objectives,
 * tables, meetings, bodies and the rest have one each; actions, milestones and indicators are
 * unique within their objective, seat rules within their body, annexes within their call. The
 * second and later uses of an id are reported.
 */
final class DuplicateId extends AbstractRule {

  /** Up to this many items, comparing every pair costs less than hashing them. */
  private static final int SMALL = 8;

  DuplicateId() {
    super("DUPLICATE_ID", RuleFamily.INTEGRITY, Severity.ERROR, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    // Municipalities and organisations are both parties: one space over two lists.
    // The map of parties keeps the first of each id: as many entries as parties means no repeat.
    if (plan.partiesById().size() != plan.district().municipalities().size() + plan.organisations().size()) {
      Space parties = new Space(context);
      parties.add(plan.district().municipalities(), m -> m.id(), Pointer.root().field(DISTRICT).field(MUNICIPALITIES));
      parties.add(plan.organisations(), o -> o.id(), Pointer.root().field(ORGANISATIONS));
    }
    unique(context, plan.district().subDistricts(), s -> s.id(), context.fact(IdSets.SUB_DISTRICTS).size(), () -> Pointer.root().field(DISTRICT).field(SUB_DISTRICTS));

    Participation participation = plan.participation();
    unique(context, participation.calls(), c -> c.id(), context.fact(IdSets.CALLS).size(), () -> Pointer.root().field(PARTICIPATION).field(CALLS));
    for (int c = 0; c < participation.calls().size(); c++) {
      unique(context, participation.calls().get(c).annexes(), a -> a.id(), Pointer.root().field(PARTICIPATION).item(CALLS, c).field(ANNEXES));
    }
    unique(context, participation.expressionsOfInterest(), e -> e.id(), Pointer.root().field(PARTICIPATION).field(EXPRESSIONS_OF_INTEREST));
    unique(context, participation.phases(), p -> p.id(), context.fact(IdSets.PHASES).size(), () -> Pointer.root().field(PARTICIPATION).field(PHASES));
    unique(context, participation.workTables(), t -> t.id(), plan.workTablesById().size(), () -> Pointer.root().field(PARTICIPATION).field(WORK_TABLES));
    unique(context, participation.meetings(), m -> m.id(), Pointer.root().field(PARTICIPATION).field(MEETINGS));

    PolicyFramework framework = plan.policyFramework();
    unique(context, framework.targetGroups(), t -> t.id(), context.fact(IdSets.TARGET_GROUPS).size(), () -> Pointer.root().field(POLICY_FRAMEWORK).field(TARGET_GROUPS));
    unique(context, framework.policyAreas(), a -> a.id(), context.fact(IdSets.POLICY_AREAS).size(), () -> Pointer.root().field(POLICY_FRAMEWORK).field(POLICY_AREAS));
    unique(context, framework.strategicAreas(), a -> a.id(), context.fact(IdSets.STRATEGIC_AREAS).size(), () -> Pointer.root().field(POLICY_FRAMEWORK).field(STRATEGIC_AREAS));
    framework.priorityMatrix().ifPresent(matrix -> {
      unique(context, matrix.rows(), r -> r.id(), context.fact(IdSets.MATRIX_ROWS).size(), () -> Pointer.root().field(POLICY_FRAMEWORK).field(PRIORITY_MATRIX).field(ROWS));
      unique(context, matrix.columns(), c -> c.id(), context.fact(IdSets.MATRIX_COLUMNS).size(), () -> Pointer.root().field(POLICY_FRAMEWORK).field(PRIORITY_MATRIX).field(COLUMNS));
    });

    unique(context, plan.objectives(), o -> o.id(), plan.objectivesById().size(), () -> Pointer.root().field(OBJECTIVES));
    for (int o = 0; o < plan.objectives().size(); o++) {
      Objective objective = plan.objectives().get(o);
      unique(context, objective.actions(), a -> a.id(), Pointer.root().item(OBJECTIVES, o).field(ACTIONS));
      unique(context, objective.milestones(), m -> m.id(), Pointer.root().item(OBJECTIVES, o).field(MILESTONES));
      unique(context, objective.indicators(), i -> i.id(), Pointer.root().item(OBJECTIVES, o).field(INDICATORS));
    }
    unique(context, plan.governanceBodies(), b -> b.id(), plan.governanceBodiesById().size(), () -> Pointer.root().field(GOVERNANCE_BODIES));
    for (int b = 0; b < plan.governanceBodies().size(); b++) {
      GovernanceBody body = plan.governanceBodies().get(b);
      unique(context, body.seatRules(), r -> r.id(), Pointer.root().item(GOVERNANCE_BODIES, b).field(SEAT_RULES));
    }
    unique(context, plan.previousPlanOutcomes(), p -> p.id(), Pointer.root().field(PREVIOUS_PLAN_OUTCOMES));
  }

  /**
   * A list whose distinct ids were counted already (a shared id set or the model's map by id):
   * when there are as many as items no id repeats, and the list is not walked again.
   */
  private static <T> void unique(RuleContext context, List<T> items, Function<T, String> id, int distinct,
      Supplier<Pointer> listPath) {
    if (distinct != items.size()) {
      unique(context, items, id, listPath.get());
    }
  }

  /**
   * One list that is an id space of its own, as most are. Most such lists are short (the actions
   * of an objective, the seat rules of a body), so a short one is compared pair by pair.
   */
  private static <T> void unique(RuleContext context, List<T> items, Function<T, String> id, Pointer listPath) {
    if (items.size() > SMALL) {
      new Space(context).add(items, id, listPath);
      return;
    }
    String[] ids = new String[items.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = id.apply(items.get(i));
      for (int j = 0; j < i; j++) {
        if (ids[i].equals(ids[j])) {
          report(context, ids[i], listPath, i, listPath, j);
          break;
        }
      }
    }
  }

  /** Reports a later use of an id; the pointers are written only here, as a valid plan has none. */
  private static void report(RuleContext context, String id, Pointer list, int index, Pointer firstList,
      int firstIndex) {
    context.finding(list.index(index).field(ID))
        .with("id", id)
        .with("first", firstList.index(firstIndex).toString())
        .report();
  }

  /** One id space, over one or more lists: remembers where each id was first used. */
  private static final class Space {

    /** Where an id was first used: the list's path and the index in it. */
    private record FirstUse(Pointer list, int index) {}

    private final RuleContext context;
    private final Map<String, FirstUse> firstUse = new HashMap<>();

    Space(RuleContext context) {
      this.context = context;
    }

    <T> void add(List<T> items, Function<T, String> id, Pointer listPath) {
      for (int i = 0; i < items.size(); i++) {
        String value = id.apply(items.get(i));
        FirstUse first = firstUse.putIfAbsent(value, new FirstUse(listPath, i));
        if (first != null) {
          report(context, value, listPath, i, first.list(), first.index());
        }
      }
    }
  }
}
