package it.pianodizona.model.testing;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.Region;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generatori jqwik di piani: arbitraries of valid, realistic zone plans for property tests.
 *
 * <p>Each plan is built by {@link PlanGenerator} from a seed, so a failing sample is
 * reproducible from the seed jqwik reports. Plans are not shrunk structurally: a smaller
 * shape is tried through the shape's own arbitraries.
 */
public final class PlanArbitraries {

  private PlanArbitraries() {}

  /** Regions with a profile of their own, plus one that falls back to the national profile. */
  public static Arbitrary<Region> regions() {
    return Arbitraries.of(Region.LOMBARDIA, Region.PUGLIA, Region.EMILIA_ROMAGNA, Region.TOSCANA);
  }

  /** Crema-sized plans (10 objectives, 6 sub-districts) in any profiled region. */
  public static Arbitrary<ZonePlan> plans() {
    return regions().flatMap(region -> plans(PlanShape.cremaSized(region)));
  }

  /** Plans of exactly this shape. */
  public static Arbitrary<ZonePlan> plans(PlanShape shape) {
    return Arbitraries.longs().map(seed -> PlanGenerator.generate(seed, shape));
  }

  /** Plans from small (1 objective, 1 municipality) up to {@code maxObjectives} objectives. */
  public static Arbitrary<ZonePlan> plansUpTo(int maxObjectives) {
    Arbitrary<PlanShape> shapes = Combinators.combine(
            regions(),
            Arbitraries.integers().between(1, maxObjectives),
            Arbitraries.integers().between(1, 60),
            Arbitraries.integers().between(1, 8),
            Arbitraries.integers().between(1, 20))
        .as((region, objectives, municipalities, subDistricts, ets) -> new PlanShape(
            region, objectives, municipalities, Math.min(subDistricts, municipalities), ets));
    return Combinators.combine(shapes, Arbitraries.longs())
        .as((shape, seed) -> PlanGenerator.generate(seed, shape));
  }
}
