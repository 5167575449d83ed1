package it.pianodizona.rules.leps;

import it.pianodizona.model.CountedSubject;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.Municipality;
import it.pianodizona.registry.MunicipalityRegistry;
import it.pianodizona.registry.Population;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Popolazione dell'ambito: the figure the LEPS rules, the monitoring report and the overview
 * divide by. The plan's stated population first; else the registry's sum over the members when
 * every member is listed with its ISTAT code and the plan declares no more municipalities than
 * it lists (a partial sum is not the district's population; the figure then says it is derived
 * and from which date); else none, and what needs it stays silent or says "unknown".
 */
public final class DistrictPopulation {

  private DistrictPopulation() {}

  /** Whether the plan states its population (else a present figure is derived). */
  public static boolean isStated(ZonePlan plan) {
    return plan.district().population().isPresent();
  }

  /** The district's population as stated, else as derived from {@code registry}, else empty. */
  public static Optional<Population> of(ZonePlan plan, Supplier<MunicipalityRegistry> registry) {
    Optional<Population> stated = plan.district().population()
        .map(p -> new Population(p.inhabitants(), p.referenceDate(), p.source()));
    if (stated.isPresent()) {
      return stated;
    }
    List<Municipality> members = plan.district().municipalities();
    if (members.isEmpty() || members.stream().anyMatch(m -> m.istatCode().isEmpty())) {
      return Optional.empty();
    }
    boolean moreDeclared = plan.declaredCounts().stream()
        .anyMatch(c -> c.subject() == CountedSubject.MUNICIPALITIES && c.scopeId().isEmpty()
            && c.value() > members.size());
    if (moreDeclared) {
      return Optional.empty();
    }
    return registry.get().derivedPopulation(members.stream().map(m -> m.istatCode().get()).toList());
  }
}
