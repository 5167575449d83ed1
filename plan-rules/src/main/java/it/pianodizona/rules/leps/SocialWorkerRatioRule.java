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
 * Rapporto assistenti sociali/abitanti: the walk the two social-worker rules share. From 2021 on,
 * with staffing and a district population (stated, or derived from the registry), a rule reports
 * at the staff list when the ratio falls in its band; silent otherwise.
 */
abstract class SocialWorkerRatioRule extends AbstractRule {

  /** The essential level: one social worker per 5,000 inhabitants (L. 178/2020 c.797). */
  static final int LEVEL = 5_000;

  /** The further target: one per 4,000 inhabitants (L. 178/2020 c.797). */
  static final int TARGET = 4_000;

  private final Supplier<MunicipalityRegistry> registry;

  SocialWorkerRatioRule(String id, Severity severity, Supplier<MunicipalityRegistry> registry) {
    super(id, RuleFamily.LEPS, severity, Citations.L178_2020_C797);
    this.registry = registry;
  }

  /** Whether {@code workers} for {@code inhabitants} fall in this rule's band. */
  abstract boolean falls(SocialWorkers workers, int inhabitants);

  @Override
  public final void check(ZonePlan plan, RuleContext context) {
    if (plan.period().start().getYear() < SocialWorkers.FIRST_YEAR) {
      return;
    }
    Optional<SocialWorkers> workers = SocialWorkers.of(plan);
    if (workers.isEmpty()) {
      return;
    }
    Optional<Population> population = DistrictPopulation.of(plan, registry);
    if (population.isEmpty() || !falls(workers.get(), population.get().inhabitants())) {
      return;
    }
    context.finding(Pointer.root().field(SOCIAL_SERVICE_STAFF))
        .with("fte", workers.get().fullTimeEquivalents().stripTrailingZeros().toPlainString())
        .with("inhabitants", population.get().inhabitants())
        .with("ratio", workers.get().ratio(population.get().inhabitants()))
        .with("populationSource", population.get().source())
        .with("populationDate", population.get().referenceDate())
        .report();
  }
}
