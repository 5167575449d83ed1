package it.pianodizona.rules.territory;

import com.google.common.base.Splitter;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.Municipality;
import it.pianodizona.registry.MunicipalityNames;
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
 * A member's name is the official name of its ISTAT code, up to case, accents, apostrophes and
 * "S." for "San" ({@link MunicipalityNames}); for a bilingual municipality either name will do.
 * A WARNING: one of the two is wrong, but the document may use a former name (a municipality
 * renamed since) and only its author knows which; the finding suggests the official name and,
 * when the listed name is another municipality of the region, that one's code.
 */
final class IstatNameMismatch extends AbstractRule {

  private static final Splitter SLASH = Splitter.on('/');

  private final Supplier<MunicipalityRegistry> registry;

  IstatNameMismatch(Supplier<MunicipalityRegistry> registry) {
    super("ISTAT_NAME_MISMATCH", RuleFamily.TERRITORY, Severity.WARNING, Citations.ISTAT_TERRITORIAL_UNITS);
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
      var official = registry.get().byCode(member.istatCode().get());
      if (official.isEmpty() || sameName(member.name(), official.get().name())) {
        continue;
      }
      var draft = context.finding(Pointer.root().field(DISTRICT).item(MUNICIPALITIES, i).field(ISTAT_CODE))
          .with("municipality", member.name())
          .with("code", member.istatCode().get())
          .with("official", official.get().name());
      registry.get().byName(member.name()).stream()
          .filter(m -> m.region() == plan.district().region())
          .findFirst()
          .ifPresent(named -> draft.with("namedCode", named.istatCode()).variant("otherCode"));
      draft.report();
    }
  }

  private static boolean sameName(String listed, String official) {
    if (listed.equals(official)) {
      return true; // as most plans write it: no need to compare normal forms
    }
    String key = MunicipalityNames.normalise(listed);
    if (key.equals(MunicipalityNames.normalise(official))) {
      return true;
    }
    if (official.indexOf('/') < 0) {
      return false;
    }
    for (String part : SLASH.split(official)) {
      if (key.equals(MunicipalityNames.normalise(part))) {
        return true;
      }
    }
    return false;
  }
}
