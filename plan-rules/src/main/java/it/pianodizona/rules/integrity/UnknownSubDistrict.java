package it.pianodizona.rules.integrity;

import static it.pianodizona.rules.spi.PlanFields.DISTRICT;
import static it.pianodizona.rules.spi.PlanFields.GOVERNANCE_BODIES;
import static it.pianodizona.rules.spi.PlanFields.MEMBERS;
import static it.pianodizona.rules.spi.PlanFields.MUNICIPALITIES;
import static it.pianodizona.rules.spi.PlanFields.PARTICIPATION;
import static it.pianodizona.rules.spi.PlanFields.SUB_DISTRICT_ID;
import static it.pianodizona.rules.spi.PlanFields.WORK_TABLES;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;

/** The sub-district a municipality, a table or a body member belongs to is one of the district's. */
final class UnknownSubDistrict extends AbstractRule {

  UnknownSubDistrict() {
    super("UNKNOWN_SUB_DISTRICT", RuleFamily.INTEGRITY, Severity.ERROR, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    References refs = new References(context, context.fact(IdSets.SUB_DISTRICTS), "subDistrict");
    for (int i = 0; i < plan.district().municipalities().size(); i++) {
      refs.check(plan.district().municipalities().get(i).subDistrictId(), Pointer.root().field(DISTRICT).item(MUNICIPALITIES, i).field(SUB_DISTRICT_ID));
    }
    for (int t = 0; t < plan.participation().workTables().size(); t++) {
      refs.check(plan.participation().workTables().get(t).subDistrictId(), Pointer.root().field(PARTICIPATION).item(WORK_TABLES, t).field(SUB_DISTRICT_ID));
    }
    for (int b = 0; b < plan.governanceBodies().size(); b++) {
      GovernanceBody body = plan.governanceBodies().get(b);
      for (int m = 0; m < body.members().size(); m++) {
        refs.check(body.members().get(m).subDistrictId(), Pointer.root().item(GOVERNANCE_BODIES, b).item(MEMBERS, m).field(SUB_DISTRICT_ID));
      }
    }
  }
}
