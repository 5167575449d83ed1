package it.pianodizona.rules.territory;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.Municipality;
import it.pianodizona.registry.MunicipalityNames;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import static it.pianodizona.rules.spi.PlanFields.*;

import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * No municipality is listed twice under different ids: not with the same ISTAT code, nor with
 * the same name (in normal form) unless both have codes and the codes differ, as for two
 * municipalities of the same name. An ERROR: a member listed twice is counted twice, in seats,
 * declared counts and population.
 */
final class DuplicateMunicipality extends AbstractRule {

  DuplicateMunicipality() {
    super("DUPLICATE_MUNICIPALITY", RuleFamily.TERRITORY, Severity.ERROR, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    List<Municipality> members = plan.district().municipalities();
    Map<String, Integer> byCode = new HashMap<>();
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < members.size(); i++) {
      Municipality member = members.get(i);
      Optional<Integer> first = member.istatCode().map(byCode::get);
      String name = MunicipalityNames.normalise(member.name());
      if (first.isEmpty()) {
        first = Optional.ofNullable(byName.get(name))
            .filter(f -> member.istatCode().isEmpty() || members.get(f).istatCode().isEmpty());
      }
      if (first.isPresent() && !members.get(first.get()).id().equals(member.id())) {
        context.finding(Pointer.root().field(DISTRICT).item(MUNICIPALITIES, i))
            .with("municipality", member.name())
            .with("first", Pointer.root().field(DISTRICT).item(MUNICIPALITIES, first.get()).toString())
            .withOptional("code", member.istatCode())
            .variant(member.istatCode().isPresent() && member.istatCode().equals(members.get(first.get()).istatCode())
                ? "code" : "")
            .report();
      }
      final int index = i;
      member.istatCode().ifPresent(code -> byCode.putIfAbsent(code, index));
      byName.putIfAbsent(name, i);
    }
  }
}
