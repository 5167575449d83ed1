package it.pianodizona.testkit.plans;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.ProgrammeAgreement;
import it.pianodizona.model.budget.Budget;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.model.participation.Participation;
import it.pianodizona.model.territory.District;
import it.pianodizona.model.territory.Region;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generatori jqwik di piani: arbitraries of valid, realistic zone plans for property tests.
 *
 * <p>Each plan is built by {@link PlanGenerator} from a seed, so a failing sample is
 * reproducible from the seed jqwik reports. Plans are not shrunk structurally: a smaller
 * shape is tried through the shape's own arbitraries.
 *
 * <pre>{@code
 * @Provide
 * Arbitrary<ZonePlan> lombardia() {
 *   return PlanArbitraries.plans(PlanShape.cremaSized(Region.LOMBARDIA));
 * }
 *
 * @Property
 * void aValidPlanHasNoErrors(@ForAll("lombardia") ZonePlan plan) {
 *   assertThat(RuleTesting.validate(plan)).hasNoErrors();
 * }
 * }</pre>
 *
 * <p>The parts ({@link #districts(PlanShape)}, {@link #objectives(PlanShape)},
 * {@link #budgets(PlanShape)}, …) are taken from generated plans, so each is valid in the
 * context of a plan of that shape: a budget's lines refer to objectives that exist there.
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

  /** Crema-sized plans of this region. */
  public static Arbitrary<ZonePlan> plans(Region region) {
    return plans(PlanShape.cremaSized(region));
  }

  /** Plans of exactly this shape. */
  public static Arbitrary<ZonePlan> plans(PlanShape shape) {
    return Arbitraries.longs().map(seed -> PlanGenerator.generate(seed, shape));
  }

  /** Plans from small (1 objective, 1 municipality) up to {@code maxObjectives} objectives. */
  public static Arbitrary<ZonePlan> plansUpTo(int maxObjectives) {
    return Combinators.combine(shapesUpTo(maxObjectives), Arbitraries.longs())
        .as((shape, seed) -> PlanGenerator.generate(seed, shape));
  }

  /** Plans of this region from small up to {@code maxObjectives} objectives. */
  public static Arbitrary<ZonePlan> plansUpTo(Region region, int maxObjectives) {
    return Combinators.combine(shapesUpTo(maxObjectives).map(s -> withRegion(s, region)), Arbitraries.longs())
        .as((shape, seed) -> PlanGenerator.generate(seed, shape));
  }

  /**
   * Forme di piano: shapes in any profiled region with 1 to {@code maxObjectives} objectives, up
   * to 60 municipalities, 8 sub-districts and 20 third-sector entities.
   */
  public static Arbitrary<PlanShape> shapesUpTo(int maxObjectives) {
    return Combinators.combine(
            regions(),
            Arbitraries.integers().between(1, maxObjectives),
            Arbitraries.integers().between(1, 60),
            Arbitraries.integers().between(1, 8),
            Arbitraries.integers().between(1, 20))
        .as((region, objectives, municipalities, subDistricts, ets) -> new PlanShape(
            region, objectives, municipalities, Math.min(subDistricts, municipalities), ets));
  }

  /** Ambiti distrettuali: districts (municipalities, sub-districts, health authority) of plans of this shape. */
  public static Arbitrary<District> districts(PlanShape shape) {
    return parts(shape, ZonePlan::district);
  }

  /** Obiettivi: one objective, with its actions, referents, milestones and indicators. */
  public static Arbitrary<Objective> objectives(PlanShape shape) {
    return plans(shape).flatMap(plan -> Arbitraries.of(plan.objectives()));
  }

  /** Budget: lines per objective and year, declared totals, shares and past actuals that add up. */
  public static Arbitrary<Budget> budgets(PlanShape shape) {
    return parts(shape, ZonePlan::budget);
  }

  /** Percorso partecipativo: the call, phases, work tables and meetings. */
  public static Arbitrary<Participation> participations(PlanShape shape) {
    return parts(shape, ZonePlan::participation);
  }

  /** Organi di governo: one governance body (assembly of mayors, technical office, …). */
  public static Arbitrary<GovernanceBody> governanceBodies(PlanShape shape) {
    return plans(shape).filter(plan -> !plan.governanceBodies().isEmpty())
        .flatMap(plan -> Arbitraries.of(plan.governanceBodies()));
  }

  /** Accordo di programma: the agreement, signed by every member municipality and the health authority. */
  public static Arbitrary<ProgrammeAgreement> agreements(PlanShape shape) {
    return plans(shape).filter(plan -> plan.agreement().isPresent()).map(plan -> plan.agreement().get());
  }

  /** Any part of generated plans of this shape. */
  public static <T> Arbitrary<T> parts(PlanShape shape, Function<ZonePlan, T> part) {
    return plans(shape).map(part::apply);
  }

  private static PlanShape withRegion(PlanShape shape, Region region) {
    return new PlanShape(region, shape.objectives(), shape.municipalities(), shape.subDistricts(),
        shape.thirdSectorEntities());
  }
}
