package it.pianodizona.rules.integrity;

import static it.pianodizona.rules.spi.PlanFields.DISTRICT;
import static it.pianodizona.rules.spi.PlanFields.MUNICIPALITIES;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.Municipality;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;

/**
 * Where a district is split into sub-districts and the plan places its municipalities in them,
 * each municipality is placed. A plan that places none has not recorded the split.
 */
final class MunicipalityWithoutSubDistrict extends AbstractRule {

  MunicipalityWithoutSubDistrict() {
    super("MUNICIPALITY_WITHOUT_SUB_DISTRICT", RuleFamily.INTEGRITY, Severity.INFO, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    if (plan.district().subDistricts().isEmpty()
        || plan.district().municipalities().stream().allMatch(m -> m.subDistrictId().isEmpty())) {
      return;
    }
    for (int i = 0; i < plan.district().municipalities().size(); i++) {
      Municipality municipality = plan.district().municipalities().get(i);
      if (municipality.subDistrictId().isEmpty()) {
        context.finding(Pointer.root().field(DISTRICT).item(MUNICIPALITIES, i))
            .with("municipality", municipality.name())
            .report();
      }
    }
  }
}
