package it.pianodizona.rules.integrity;

import static it.pianodizona.rules.spi.PlanFields.EXPRESSIONS_OF_INTEREST;
import static it.pianodizona.rules.spi.PlanFields.MEETINGS;
import static it.pianodizona.rules.spi.PlanFields.OBJECTIVES;
import static it.pianodizona.rules.spi.PlanFields.PARTICIPATION;
import static it.pianodizona.rules.spi.PlanFields.WORK_TABLE_ID;
import static it.pianodizona.rules.spi.PlanFields.WORK_TABLE_IDS;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.participation.Participation;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;

/** Every table an objective, a meeting or an expression of interest names is one of the plan's tables. */
final class UnknownWorkTable extends AbstractRule {

  UnknownWorkTable() {
    super("UNKNOWN_WORK_TABLE", RuleFamily.INTEGRITY, Severity.ERROR, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    References refs = new References(context, plan.workTablesById().keySet(), "workTable");
    for (int o = 0; o < plan.objectives().size(); o++) {
      refs.checkAll(plan.objectives().get(o).workTableIds(), Pointer.root().item(OBJECTIVES, o).field(WORK_TABLE_IDS));
    }
    Participation participation = plan.participation();
    for (int m = 0; m < participation.meetings().size(); m++) {
      refs.check(participation.meetings().get(m).workTableId(), Pointer.root().field(PARTICIPATION).item(MEETINGS, m).field(WORK_TABLE_ID));
    }
    for (int e = 0; e < participation.expressionsOfInterest().size(); e++) {
      refs.checkAll(participation.expressionsOfInterest().get(e).workTableIds(), Pointer.root().field(PARTICIPATION).item(EXPRESSIONS_OF_INTEREST, e).field(WORK_TABLE_IDS));
    }
  }
}
