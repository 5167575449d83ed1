package it.pianodizona.rules;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.profile.RegionalProfiles;
import it.pianodizona.testkit.plans.PlanArbitraries;
import it.pianodizona.testkit.plans.PlanShape;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;

/** Piani generati: the plans the rule properties run on, small to Crema-sized, in every profiled region. */
final class GeneratedPlans implements ArbitrarySupplier<ZonePlan> {

  @Override
  public Arbitrary<ZonePlan> get() {
    return PlanArbitraries.plansUpTo(12);
  }

  /** Lombardia plans of the 2021-2023 cycle, where the healthcare trust signs. */
  static final class Lombardia2021 implements ArbitrarySupplier<ZonePlan> {
    @Override
    public Arbitrary<ZonePlan> get() {
      return PlanArbitraries.plans(PlanShape.cremaSized(Region.LOMBARDIA))
          .filter(p -> p.period().start().getYear() == 2021);
    }
  }

  /** Puglia plans, whose cycle fixes seven strategic areas. */
  static final class Puglia implements ArbitrarySupplier<ZonePlan> {
    @Override
    public Arbitrary<ZonePlan> get() {
      return PlanArbitraries.plans(PlanShape.cremaSized(Region.PUGLIA));
    }
  }

  /** Plans of regions whose profile has planning cycles. */
  static final class WithCycles implements ArbitrarySupplier<ZonePlan> {
    @Override
    public Arbitrary<ZonePlan> get() {
      return PlanArbitraries.regions()
          .filter(r -> !RegionalProfiles.forRegion(r).cycles().isEmpty())
          .flatMap(r -> PlanArbitraries.plans(PlanShape.cremaSized(r)));
    }
  }
}
