package it.pianodizona.rules.integrity;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.model.participation.WorkTable;
import it.pianodizona.model.policy.MatrixAxisItem;
import it.pianodizona.model.policy.PolicyArea;
import it.pianodizona.model.policy.PolicyFramework;
import it.pianodizona.model.policy.StrategicArea;
import it.pianodizona.model.policy.TargetGroup;
import it.pianodizona.rules.AbstractRule;
import it.pianodizona.rules.Citations;
import it.pianodizona.rules.RuleContext;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The target groups, policy areas, strategic areas and matrix cells that objectives and tables
 * name are in the plan's policy framework.
 */
final class UnknownPolicyItem extends AbstractRule {

  UnknownPolicyItem() {
    super("UNKNOWN_POLICY_ITEM", RuleFamily.INTEGRITY, Severity.ERROR, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    PolicyFramework framework = plan.policyFramework();
    References groups = new References(context, ids(framework.targetGroups().stream().map(TargetGroup::id)), "targetGroup");
    References areas = new References(context, ids(framework.policyAreas().stream().map(PolicyArea::id)), "policyArea");
    References strategic = new References(context,
        ids(framework.strategicAreas().stream().map(StrategicArea::id)), "strategicArea");
    References rows = new References(context, axis(framework, true), "matrixRow");
    References columns = new References(context, axis(framework, false), "matrixColumn");
    for (int o = 0; o < plan.objectives().size(); o++) {
      Objective objective = plan.objectives().get(o);
      groups.checkAll(objective.targetGroupIds(), "objectives", o, "targetGroupIds");
      areas.checkAll(objective.policyAreaIds(), "objectives", o, "policyAreaIds");
      strategic.checkAll(objective.strategicAreaIds(), "objectives", o, "strategicAreaIds");
      if (objective.matrixCell().isPresent()) {
        rows.check(Optional.of(objective.matrixCell().get().rowId()), "objectives", o, "matrixCell", "rowId");
        columns.check(Optional.of(objective.matrixCell().get().columnId()), "objectives", o, "matrixCell", "columnId");
      }
    }
    List<WorkTable> tables = plan.participation().workTables();
    for (int t = 0; t < tables.size(); t++) {
      groups.checkAll(tables.get(t).targetGroupIds(), "participation", "workTables", t, "targetGroupIds");
      areas.checkAll(tables.get(t).policyAreaIds(), "participation", "workTables", t, "policyAreaIds");
      strategic.checkAll(tables.get(t).strategicAreaIds(), "participation", "workTables", t, "strategicAreaIds");
    }
  }

  private static Set<String> ids(Stream<String> ids) {
    return ids.collect(Collectors.toSet());
  }

  private static Set<String> axis(PolicyFramework framework, boolean rows) {
    return framework.priorityMatrix()
        .map(m -> ids((rows ? m.rows() : m.columns()).stream().map(MatrixAxisItem::id)))
        .orElse(Set.of());
  }
}
