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
 * A member's ISTAT code is in ISTAT's list of municipalities. An ERROR: the code is what other
 * systems join on, and a code the list lacks joins on nothing. It is either mistyped or the
 * code of a municipality merged away since; for a past plan of such a municipality, waive it.
 */
final class UnknownIstatCode extends AbstractRule {

  private final Supplier<MunicipalityRegistry> registry;

  UnknownIstatCode(Supplier<MunicipalityRegistry> registry) {
    super("UNKNOWN_ISTAT_CODE", RuleFamily.TERRITORY, Severity.ERROR, Citations.ISTAT_TERRITORIAL_UNITS);
    this.registry = registry;
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    List<Municipality> members = plan.district().municipalities();
    for (int i = 0; i < members.size(); i++) {
      Municipality member = members.get(i);
      if (member.istatCode().isPresent() && registry.get().byCode(member.istatCode().get()).isEmpty()) {
        context.finding(Pointer.root().field(DISTRICT).item(MUNICIPALITIES, i).field(ISTAT_CODE))
            .with("municipality", member.name())
            .with("code", member.istatCode().get())
            .with("source", registry.get().listSource())
            .report();
      }
    }
  }
}
