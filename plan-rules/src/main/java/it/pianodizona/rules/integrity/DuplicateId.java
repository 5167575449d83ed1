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

  DuplicateId() {
    super("DUPLICATE_ID", RuleFamily.INTEGRITY, Severity.ERROR, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    Space parties = new Space(context);
    parties.add(plan.district().municipalities(), m -> m.id(), "district", "municipalities");
    parties.add(plan.organisations(), o -> o.id(), "organisations");
    new Space(context).add(plan.district().subDistricts(), s -> s.id(), "district", "subDistricts");

    Participation participation = plan.participation();
    new Space(context).add(participation.calls(), c -> c.id(), "participation", "calls");
    for (int c = 0; c < participation.calls().size(); c++) {
      new Space(context).add(participation.calls().get(c).annexes(), a -> a.id(), "participation", "calls", c, "annexes");
    }
    new Space(context).add(participation.expressionsOfInterest(), e -> e.id(), "participation", "expressionsOfInterest");
    new Space(context).add(participation.phases(), p -> p.id(), "participation", "phases");
    new Space(context).add(participation.workTables(), t -> t.id(), "participation", "workTables");
    new Space(context).add(participation.meetings(), m -> m.id(), "participation", "meetings");

    PolicyFramework framework = plan.policyFramework();
    new Space(context).add(framework.targetGroups(), t -> t.id(), "policyFramework", "targetGroups");
    new Space(context).add(framework.policyAreas(), a -> a.id(), "policyFramework", "policyAreas");
    new Space(context).add(framework.strategicAreas(), a -> a.id(), "policyFramework", "strategicAreas");
    framework.priorityMatrix().ifPresent(matrix -> {
      new Space(context).add(matrix.rows(), r -> r.id(), "policyFramework", "priorityMatrix", "rows");
      new Space(context).add(matrix.columns(), c -> c.id(), "policyFramework", "priorityMatrix", "columns");
    });

    new Space(context).add(plan.objectives(), o -> o.id(), "objectives");
    for (int o = 0; o < plan.objectives().size(); o++) {
      Objective objective = plan.objectives().get(o);
      new Space(context).add(objective.actions(), a -> a.id(), "objectives", o, "actions");
      new Space(context).add(objective.milestones(), m -> m.id(), "objectives", o, "milestones");
      new Space(context).add(objective.indicators(), i -> i.id(), "objectives", o, "indicators");
    }
    new Space(context).add(plan.governanceBodies(), b -> b.id(), "governanceBodies");
    for (int b = 0; b < plan.governanceBodies().size(); b++) {
      GovernanceBody body = plan.governanceBodies().get(b);
      new Space(context).add(body.seatRules(), r -> r.id(), "governanceBodies", b, "seatRules");
    }
    new Space(context).add(plan.previousPlanOutcomes(), p -> p.id(), "previousPlanOutcomes");
  }

  /** One id space: remembers where each id was first used. */
  private static final class Space {

    /** Where an id was first used: the list's pointer and the index in it. */
    private record FirstUse(String list, int index) {}

    private final RuleContext context;
    private final Map<String, FirstUse> firstUse = new HashMap<>();

    Space(RuleContext context) {
      this.context = context;
    }

    <T> void add(List<T> items, Function<T, String> id, Object... listPath) {
      if (items.isEmpty()) {
        return;
      }
      String list = JsonPointers.of(listPath);
      for (int i = 0; i < items.size(); i++) {
        String value = id.apply(items.get(i));
        FirstUse first = firstUse.putIfAbsent(value, new FirstUse(list, i));
        if (first != null) {
          context.finding(JsonPointers.append(list, i, "id"))
              .with("id", value)
              .with("first", JsonPointers.append(first.list(), first.index()))
              .report();
        }
      }
    }
  }
}
