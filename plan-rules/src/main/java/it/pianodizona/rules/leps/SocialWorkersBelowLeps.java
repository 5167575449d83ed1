package it.pianodizona.rules.leps;

import static it.pianodizona.rules.spi.PlanFields.SOCIAL_SERVICE_STAFF;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.registry.MunicipalityRegistry;
import it.pianodizona.registry.Population;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Fewer than one social worker (FTE) per 5,000 inhabitants in a plan starting in 2021 or later:
 * below the essential level of L. 178/2020 c.797. A WARNING: the level binds the district, and
 * it is the figure regions and the ministry follow. Silent without staffing or a population.
 */
final class SocialWorkersBelowLeps extends AbstractRule {

  static final int LEVEL = 5_000;

  private final Supplier<MunicipalityRegistry> registry;

  SocialWorkersBelowLeps(Supplier<MunicipalityRegistry> registry) {
    super("SOCIAL_WORKERS_BELOW_LEPS", RuleFamily.LEPS, Severity.WARNING, Citations.L178_2020_C797);
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
    if (population.isEmpty() || !workers.get().below(LEVEL, population.get().inhabitants())) {
      return;
    }
    report(context, workers.get(), population.get());
  }

  static void report(RuleContext context, SocialWorkers workers, Population population) {
    context.finding(Pointer.root().field(SOCIAL_SERVICE_STAFF))
        .with("fte", workers.fullTimeEquivalents().stripTrailingZeros().toPlainString())
        .with("inhabitants", population.inhabitants())
        .with("ratio", workers.ratio(population.inhabitants()))
        .with("populationSource", population.source())
        .with("populationDate", population.referenceDate())
        .report();
  }
}
