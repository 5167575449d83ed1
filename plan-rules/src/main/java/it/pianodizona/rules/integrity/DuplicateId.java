package it.pianodizona.rules.integrity;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.model.participation.Participation;
import it.pianodizona.model.policy.PolicyFramework;
import it.pianodizona.rules.AbstractRule;
import it.pianodizona.rules.Citations;
import it.pianodizona.rules.JsonPointers;
import it.pianodizona.rules.RuleContext;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
    Space parties = new Space(context);
    parties.add(plan.district().municipalities(), m -> m.id(), "district", "municipalities");
    parties.add(plan.organisations(), o -> o.id(), "organisations");
    unique(context, plan.district().subDistricts(), s -> s.id(), "district", "subDistricts");

    Participation participation = plan.participation();
    unique(context, participation.calls(), c -> c.id(), "participation", "calls");
    for (int c = 0; c < participation.calls().size(); c++) {
      unique(context, participation.calls().get(c).annexes(), a -> a.id(), "participation", "calls", c, "annexes");
    }
    unique(context, participation.expressionsOfInterest(), e -> e.id(), "participation", "expressionsOfInterest");
    unique(context, participation.phases(), p -> p.id(), "participation", "phases");
    unique(context, participation.workTables(), t -> t.id(), "participation", "workTables");
    unique(context, participation.meetings(), m -> m.id(), "participation", "meetings");

    PolicyFramework framework = plan.policyFramework();
    unique(context, framework.targetGroups(), t -> t.id(), "policyFramework", "targetGroups");
    unique(context, framework.policyAreas(), a -> a.id(), "policyFramework", "policyAreas");
    unique(context, framework.strategicAreas(), a -> a.id(), "policyFramework", "strategicAreas");
    framework.priorityMatrix().ifPresent(matrix -> {
      unique(context, matrix.rows(), r -> r.id(), "policyFramework", "priorityMatrix", "rows");
      unique(context, matrix.columns(), c -> c.id(), "policyFramework", "priorityMatrix", "columns");
    });

    unique(context, plan.objectives(), o -> o.id(), "objectives");
    for (int o = 0; o < plan.objectives().size(); o++) {
      Objective objective = plan.objectives().get(o);
      unique(context, objective.actions(), a -> a.id(), "objectives", o, "actions");
      unique(context, objective.milestones(), m -> m.id(), "objectives", o, "milestones");
      unique(context, objective.indicators(), i -> i.id(), "objectives", o, "indicators");
    }
    unique(context, plan.governanceBodies(), b -> b.id(), "governanceBodies");
    for (int b = 0; b < plan.governanceBodies().size(); b++) {
      GovernanceBody body = plan.governanceBodies().get(b);
      unique(context, body.seatRules(), r -> r.id(), "governanceBodies", b, "seatRules");
    }
    unique(context, plan.previousPlanOutcomes(), p -> p.id(), "previousPlanOutcomes");
  }

  /**
   * One list that is an id space of its own, as most are. Most such lists are short (the actions
   * of an objective, the seat rules of a body), so a short one is compared pair by pair.
   */
  private static <T> void unique(RuleContext context, List<T> items, Function<T, String> id, Object... listPath) {
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
  private static void report(RuleContext context, String id, Object[] list, int index, Object[] firstList,
      int firstIndex) {
    context.finding(JsonPointers.append(JsonPointers.of(list), index, "id"))
        .with("id", id)
        .with("first", JsonPointers.append(JsonPointers.of(firstList), firstIndex))
        .report();
  }

  /** One id space, over one or more lists: remembers where each id was first used. */
  private static final class Space {

    /** Where an id was first used: the list's path and the index in it. */
    private record FirstUse(Object[] list, int index) {}

    private final RuleContext context;
    private final Map<String, FirstUse> firstUse = new HashMap<>();

    Space(RuleContext context) {
      this.context = context;
    }

    <T> void add(List<T> items, Function<T, String> id, Object... listPath) {
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
