package it.pianodizona.rules.integrity;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.participation.Participation;
import it.pianodizona.rules.AbstractRule;
import it.pianodizona.rules.Citations;
import it.pianodizona.rules.RuleContext;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;

/** Every table an objective, a meeting or an expression of interest names is one of the plan's tables. */
final class UnknownWorkTable extends AbstractRule {

  UnknownWorkTable() {
    super("UNKNOWN_WORK_TABLE", RuleFamily.INTEGRITY, Severity.ERROR, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    References refs = new References(context, plan.workTablesById().keySet(), "workTable");
    for (int o = 0; o < plan.objectives().size(); o++) {
      refs.checkAll(plan.objectives().get(o).workTableIds(), "objectives", o, "workTableIds");
    }
    Participation participation = plan.participation();
    for (int m = 0; m < participation.meetings().size(); m++) {
      refs.check(participation.meetings().get(m).workTableId(), "participation", "meetings", m, "workTableId");
    }
    for (int e = 0; e < participation.expressionsOfInterest().size(); e++) {
      refs.checkAll(participation.expressionsOfInterest().get(e).workTableIds(),
          "participation", "expressionsOfInterest", e, "workTableIds");
    }
  }
}
