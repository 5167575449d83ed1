package it.pianodizona.testkit.plans;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.Region;
import java.util.Arrays;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Fornitore predefinito di piani: jqwik's default arbitrary for {@link ZonePlan}, registered
 * through {@code META-INF/services}, so that {@code @ForAll ZonePlan plan} needs no
 * {@code @Provide} method. {@link GeneratedPlan} narrows region and size.
 */
public final class GeneratedPlanProvider implements ArbitraryProvider {

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(ZonePlan.class);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    GeneratedPlan spec = targetType.findAnnotation(GeneratedPlan.class).orElse(null);
    return Set.of(spec == null ? PlanArbitraries.plans() : plans(spec));
  }

  private static Arbitrary<ZonePlan> plans(GeneratedPlan spec) {
    Arbitrary<Region> regions = spec.region().length == 0
        ? PlanArbitraries.regions()
        : Arbitraries.of(Arrays.asList(spec.region()));
    if (spec.maxObjectives() < 0) {
      throw new IllegalArgumentException("@GeneratedPlan(maxObjectives) must not be negative");
    }
    return spec.maxObjectives() == 0
        ? regions.flatMap(PlanArbitraries::plans)
        : regions.flatMap(region -> PlanArbitraries.plansUpTo(region, spec.maxObjectives()));
  }
}
