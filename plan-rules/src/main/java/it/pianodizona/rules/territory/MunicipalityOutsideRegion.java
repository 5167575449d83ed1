package it.pianodizona.rules.territory;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.Municipality;
import it.pianodizona.registry.MunicipalityRegistry;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import static it.pianodizona.rules.spi.PlanFields.*;

import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every member whose ISTAT code is known lies in the plan's region. An ERROR: the region
 * determines its districts among its own municipalities (L. 328/2000 art. 8 c.3 lett. a), so a
 * member of another region is a wrong code or a plan filed under the wrong region.
 */
final class MunicipalityOutsideRegion extends AbstractRule {

  private final Supplier<MunicipalityRegistry> registry;

  MunicipalityOutsideRegion(Supplier<MunicipalityRegistry> registry) {
    super("MUNICIPALITY_OUTSIDE_REGION", RuleFamily.TERRITORY, Severity.ERROR, Citations.L328_ART8_C3_A);
    this.registry = registry;
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    List<Municipality> members = plan.district().municipalities();
    for (int i = 0; i < members.size(); i++) {
      Municipality member = members.get(i);
      if (member.istatCode().isEmpty()) {
        continue;
      }
      Pointer pointer = Pointer.root().field(DISTRICT).item(MUNICIPALITIES, i).field(ISTAT_CODE);
      registry.get().byCode(member.istatCode().get())
          .filter(official -> official.region() != plan.district().region())
          .ifPresent(official -> context.finding(pointer)
              .with("municipality", official.name())
              .with("code", official.istatCode())
              .with("province", official.province().abbreviation())
              .with("region", official.region().italianName())
              .with("planRegion", plan.district().region().italianName())
              .report());
    }
  }
}
