package it.pianodizona.testkit.monitoring;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.monitoring.MonitoringDocument;
import it.pianodizona.testkit.plans.PlanArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Monitoraggi per jqwik: arbitraries of monitoring documents consistent with a plan, and of
 * plans paired with their monitoring.
 */
public final class MonitoringArbitraries {

  /** A plan and a monitoring document consistent with it. */
  public record Monitored(ZonePlan plan, MonitoringDocument monitoring) {}

  private MonitoringArbitraries() {}

  /** Monitoring documents of every year of this plan. */
  public static Arbitrary<MonitoringDocument> monitoring(ZonePlan plan) {
    return Arbitraries.longs().map(seed -> MonitoringGenerator.generate(plan, seed));
  }

  /** Monitoring documents of the plan's first one, two or three years (a plan monitored as it goes). */
  public static Arbitrary<MonitoringDocument> monitoringSoFar(ZonePlan plan) {
    return Arbitraries.longs().flatMap(seed -> Arbitraries.integers().between(0, plan.period().years().size())
        .map(years -> MonitoringGenerator.generate(plan, seed, years)));
  }

  /** Crema-sized generated plans, each with its monitoring. */
  public static Arbitrary<Monitored> monitoredPlans() {
    return PlanArbitraries.plans().flatMap(plan -> monitoringSoFar(plan).map(doc -> new Monitored(plan, doc)));
  }
}
