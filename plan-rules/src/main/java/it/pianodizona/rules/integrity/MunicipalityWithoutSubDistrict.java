package it.pianodizona.rules.integrity;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.Municipality;
import it.pianodizona.rules.AbstractRule;
import it.pianodizona.rules.Citations;
import it.pianodizona.rules.JsonPointers;
import it.pianodizona.rules.RuleContext;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;

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
        context.finding(JsonPointers.of("district", "municipalities", i))
            .with("municipality", municipality.name())
            .report();
      }
    }
  }
}
