package it.pianodizona.rules.integrity;

import static it.pianodizona.rules.spi.PlanFields.COLUMN_ID;
import static it.pianodizona.rules.spi.PlanFields.MATRIX_CELL;
import static it.pianodizona.rules.spi.PlanFields.OBJECTIVES;
import static it.pianodizona.rules.spi.PlanFields.PARTICIPATION;
import static it.pianodizona.rules.spi.PlanFields.POLICY_AREA_IDS;
import static it.pianodizona.rules.spi.PlanFields.ROW_ID;
import static it.pianodizona.rules.spi.PlanFields.STRATEGIC_AREA_IDS;
import static it.pianodizona.rules.spi.PlanFields.TARGET_GROUP_IDS;
import static it.pianodizona.rules.spi.PlanFields.WORK_TABLES;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.model.participation.WorkTable;
import it.pianodizona.model.policy.PolicyFramework;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.List;
import java.util.Optional;

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
    References groups = new References(context, context.fact(IdSets.TARGET_GROUPS), "targetGroup");
    References areas = new References(context, context.fact(IdSets.POLICY_AREAS), "policyArea");
    References strategic = new References(context, context.fact(IdSets.STRATEGIC_AREAS), "strategicArea");
    References rows = new References(context, context.fact(IdSets.MATRIX_ROWS), "matrixRow");
    References columns = new References(context, context.fact(IdSets.MATRIX_COLUMNS), "matrixColumn");
    for (int o = 0; o < plan.objectives().size(); o++) {
      Objective objective = plan.objectives().get(o);
      groups.checkAll(objective.targetGroupIds(), Pointer.root().item(OBJECTIVES, o).field(TARGET_GROUP_IDS));
      areas.checkAll(objective.policyAreaIds(), Pointer.root().item(OBJECTIVES, o).field(POLICY_AREA_IDS));
      strategic.checkAll(objective.strategicAreaIds(), Pointer.root().item(OBJECTIVES, o).field(STRATEGIC_AREA_IDS));
      if (objective.matrixCell().isPresent()) {
        rows.check(Optional.of(objective.matrixCell().get().rowId()), Pointer.root().item(OBJECTIVES, o).field(MATRIX_CELL).field(ROW_ID));
        columns.check(Optional.of(objective.matrixCell().get().columnId()), Pointer.root().item(OBJECTIVES, o).field(MATRIX_CELL).field(COLUMN_ID));
      }
    }
    List<WorkTable> tables = plan.participation().workTables();
    for (int t = 0; t < tables.size(); t++) {
      groups.checkAll(tables.get(t).targetGroupIds(), Pointer.root().field(PARTICIPATION).item(WORK_TABLES, t).field(TARGET_GROUP_IDS));
      areas.checkAll(tables.get(t).policyAreaIds(), Pointer.root().field(PARTICIPATION).item(WORK_TABLES, t).field(POLICY_AREA_IDS));
      strategic.checkAll(tables.get(t).strategicAreaIds(), Pointer.root().field(PARTICIPATION).item(WORK_TABLES, t).field(STRATEGIC_AREA_IDS));
    }
  }
}
