package it.pianodizona.rules.leps;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.registry.MunicipalityRegistry;
import it.pianodizona.registry.Population;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.RuleContext;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * At least one social worker (FTE) per 5,000 inhabitants but fewer than one per 4,000, in a plan
 * starting in 2021 or later: the level is met, the further target of L. 178/2020 c.797 is not.
 * An INFO. Silent without staffing or a population.
 */
final class SocialWorkersBelowTarget extends AbstractRule {

  static final int TARGET = 4_000;

  private final Supplier<MunicipalityRegistry> registry;

  SocialWorkersBelowTarget(Supplier<MunicipalityRegistry> registry) {
    super("SOCIAL_WORKERS_BELOW_TARGET", RuleFamily.LEPS, Severity.INFO, Citations.L178_2020_C797);
    this.registry = registry;
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    if (plan.period().start().getYear() < SocialWorkers.FIRST_YEAR) {
      return;
    }
    Optional<SocialWorkers> workers = SocialWorkers.of(plan);
    if (workers.isEmpty()) {
      return;
    }
    Optional<Population> population = DistrictPopulation.of(plan, registry);
    if (population.isEmpty()) {
      return;
    }
    int inhabitants = population.get().inhabitants();
    if (!workers.get().below(SocialWorkersBelowLeps.LEVEL, inhabitants) && workers.get().below(TARGET, inhabitants)) {
      SocialWorkersBelowLeps.report(context, workers.get(), population.get());
    }
  }
}
