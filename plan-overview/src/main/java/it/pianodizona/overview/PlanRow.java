package it.pianodizona.overview;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import it.pianodizona.model.PlanStatus;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.common.PlanPeriod;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.Severity;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Riga del quadro d'insieme: what the overview keeps of one plan file, small and immutable, so
 * that the plan itself can be dropped. A file that gave no plan is a row with only its
 * {@link #source()} and {@link #failure()}. Every figure that the plan does not let us know is
 * absent, never zero.
 */
@Value.Immutable
public interface PlanRow {

  /** The file (or other source name) the plan was read from. */
  String source();

  /** Why the file gave no plan; absent for a plan that was read. */
  Optional<ReadFailure> failure();

  Optional<String> planId();

  Optional<String> title();

  Optional<Region> region();

  Optional<String> districtName();

  Optional<PlanPeriod> period();

  Optional<PlanStatus> status();

  /** The number of municipalities the plan declares in words ("i 27 comuni"), if it does. */
  Optional<Integer> municipalitiesDeclared();

  /** The number of municipalities the plan lists by name. */
  @Value.Default
  default int municipalitiesListed() {
    return 0;
  }

  /** Inhabitants of the district, where known. */
  Optional<Integer> population();

  /** Where {@link #population()} comes from; present exactly when the population is. */
  Optional<PopulationBasis> populationBasis();

  /**
   * Budget per year: for each year of the plan's period whose every budget line has an amount,
   * the sum of that year's lines. A year with no line, or with a line of unknown amount, is in
   * {@link #budgetYearsUnknown()} instead.
   */
  @Value.NaturalOrder
  ImmutableSortedMap<Year, Money> budgetByYear();

  /** Years of the period whose total is unknown. */
  @Value.NaturalOrder
  ImmutableSortedSet<Year> budgetYearsUnknown();

  /**
   * The whole period's budget (bilancio dell'intero periodo), present only when it is known: the
   * sum of every year's lines when every year's total is known, plus the amounts a plan states for
   * the whole period (press releases and summaries often give only a triennial figure), when each
   * of those has an amount and lies within the plan's period. A plan with period amounts but no
   * yearly line has a total while every year stays in {@link #budgetYearsUnknown()}; yearly lines
   * that leave a year unknown leave the total unknown, since a period amount cannot say which year
   * it fills.
   */
  Optional<Money> budgetTotal();

  /** Mean yearly budget: the total divided by the number of years, to the cent (half even). */
  Optional<Money> budgetPerYear();

  /** Mean yearly budget per inhabitant, to the cent (half even): needs both figures. */
  Optional<Money> budgetPerInhabitant();

  int objectives();

  int indicators();

  /** The names of the policy areas the plan's framework names, covered by objectives or not. */
  @Value.NaturalOrder
  ImmutableSortedSet<String> policyAreasNamed();

  /** Objectives per policy area (by the area's name), for areas with at least one. */
  @Value.NaturalOrder
  ImmutableSortedMap<String, Integer> objectivesByPolicyArea();

  /** Indicators per policy area (those of the objectives in the area). */
  @Value.NaturalOrder
  ImmutableSortedMap<String, Integer> indicatorsByPolicyArea();

  /** Objectives per target group (by the group's name). */
  @Value.NaturalOrder
  ImmutableSortedMap<String, Integer> objectivesByTargetGroup();

  /** Indicators per target group. */
  @Value.NaturalOrder
  ImmutableSortedMap<String, Integer> indicatorsByTargetGroup();

  int governanceBodies();

  @Value.Default
  default AgreementState agreementState() {
    return AgreementState.NONE;
  }

  Optional<LocalDate> signatureDate();

  /** Active (not waived) findings per severity; every severity is a key. */
  ImmutableMap<Severity, Integer> findingsBySeverity();

  /** Active findings per rule id, for rules with at least one. */
  @Value.NaturalOrder
  ImmutableSortedMap<String, Integer> findingsByRule();

  /** Whether the file gave a plan. */
  default boolean isReadable() {
    return failure().isEmpty();
  }

  default int findings(Severity severity) {
    return findingsBySeverity().getOrDefault(severity, 0);
  }

  static ImmutablePlanRow.Builder builder() {
    return ImmutablePlanRow.builder();
  }

  /** The row of a file that gave no plan. */
  static PlanRow unreadable(String source, ReadFailure failure) {
    return builder().source(source).failure(failure).objectives(0).indicators(0).governanceBodies(0).build();
  }
}
