package it.pianodizona.testkit.mutators;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;

/** Tutti i mutatori: one mutator for every rule of the standard catalogue, by rule id. */
public final class Mutators {

  private static final ImmutableList<Mutator> ALL = ImmutableList.<Mutator>builder()
      .addAll(IntegrityMutators.all())
      .addAll(TerritoryMutators.all())
      .addAll(DeadlineMutators.all())
      .addAll(EligibilityMutators.all())
      .addAll(BudgetMutators.all())
      .addAll(GovernanceMutators.all())
      .addAll(IndicatorMutators.all())
      .addAll(LepsMutators.all())
      .addAll(InTimeMutators.all())
      .addAll(CoherenceMutators.all())
      .addAll(LifecycleMutators.all())
      .addAll(Schema11Mutators.all())
      .build();

  private static final ImmutableMap<String, Mutator> BY_RULE = Maps.uniqueIndex(ALL, Mutator::ruleId);

  private Mutators() {}

  /** Every mutator, one per rule of the standard catalogue. */
  public static ImmutableList<Mutator> all() {
    return ALL;
  }

  /**
   * The mutator of this rule.
   *
   * @throws IllegalArgumentException if the standard catalogue has no such rule
   */
  public static Mutator forRule(String ruleId) {
    Mutator mutator = BY_RULE.get(ruleId);
    if (mutator == null) {
      throw new IllegalArgumentException("no mutator for rule " + ruleId);
    }
    return mutator;
  }
}
