package it.pianodizona.testkit.mutators;

import static it.pianodizona.rules.spi.PlanFields.OBJECTIVES;
import static it.pianodizona.rules.spi.PlanFields.SOCIAL_SERVICE_STAFF;
import static it.pianodizona.testkit.mutators.PlanEdits.copy;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.leps.ContractKind;
import it.pianodizona.model.leps.Leps;
import it.pianodizona.model.leps.Profession;
import it.pianodizona.model.leps.StaffPosition;
import it.pianodizona.model.objective.Action;
import it.pianodizona.model.objective.ImmutableAction;
import it.pianodizona.model.objective.ImmutableObjective;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.registry.MunicipalityRegistry;
import it.pianodizona.registry.Population;
import it.pianodizona.rules.leps.DistrictPopulation;
import it.pianodizona.rules.spi.Pointer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Mutatori dei LEPS: one mutator per rule of the LEPS family. The staffing mutators replace the
 * district's social service with social workers at a ratio just below the level (1 per 6,000) or
 * between the level and the target (1 per 4,500) of the plan's own population.
 */
public final class LepsMutators {

  private LepsMutators() {}

  /** The mutators of this family, one per rule. */
  public static ImmutableList<Mutator> all() {
    return ImmutableList.of(
        Mutator.of("SOCIAL_WORKERS_BELOW_LEPS", (plan, pick) -> socialWorkersPer(plan, 6_000, "SOCIAL_WORKERS_BELOW_LEPS")),
        Mutator.of("SOCIAL_WORKERS_BELOW_TARGET", (plan, pick) -> socialWorkersPer(plan, 4_500, "SOCIAL_WORKERS_BELOW_TARGET")),
        Mutator.of("ESSENTIAL_LEPS_NOT_TAGGED", LepsMutators::essentialLepsNotTagged));
  }

  private static boolean fromLepsYears(ZonePlan plan) {
    return plan.period().start().getYear() >= 2021;
  }

  /** One social worker per {@code inhabitantsEach} of the plan's population, on permanent contracts. */
  private static Optional<Mutation> socialWorkersPer(ZonePlan plan, int inhabitantsEach, String ruleId) {
    Optional<Population> population = DistrictPopulation.of(plan, MunicipalityRegistry::italy);
    if (!fromLepsYears(plan) || population.isEmpty() || population.get().inhabitants() < inhabitantsEach) {
      return Optional.empty();
    }
    BigDecimal fte = BigDecimal.valueOf(population.get().inhabitants())
        .divide(BigDecimal.valueOf(inhabitantsEach), 2, RoundingMode.HALF_UP);
    StaffPosition workers = StaffPosition.builder().profession(Profession.SOCIAL_WORKER).fullTimeEquivalents(fte)
        .contractKind(ContractKind.PERMANENT).asOf(plan.period().start().minusDays(1)).build();
    return Mutation.of(copy(plan).withSocialServiceStaff(workers), ruleId,
        Pointer.root().field(SOCIAL_SERVICE_STAFF).toString());
  }

  /** One essential level the plan's actions provide is no longer tagged on any of them. */
  private static Optional<Mutation> essentialLepsNotTagged(ZonePlan plan, int pick) {
    List<Leps> tagged = Arrays.stream(Leps.values()).filter(Leps::essentialInNationalPlan)
        .filter(l -> plan.objectives().stream().anyMatch(o -> o.actions().stream().anyMatch(a -> a.leps().contains(l))))
        .toList();
    if (!fromLepsYears(plan) || tagged.isEmpty()) {
      return Optional.empty();
    }
    Leps dropped = tagged.get(Math.floorMod(pick, tagged.size()));
    List<Objective> objectives = plan.objectives().stream()
        .map(o -> (Objective) ImmutableObjective.copyOf(o).withActions(o.actions().stream()
            .map(a -> (Action) ImmutableAction.copyOf(a)
                .withLeps(a.leps().stream().filter(l -> l != dropped).toList()))
            .toList()))
        .toList();
    return Mutation.of(copy(plan).withObjectives(objectives), "ESSENTIAL_LEPS_NOT_TAGGED",
        Pointer.root().field(OBJECTIVES).toString());
  }
}
