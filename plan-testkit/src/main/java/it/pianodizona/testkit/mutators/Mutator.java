package it.pianodizona.testkit.mutators;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.RuleDescriptor;
import it.pianodizona.rules.standard.StandardRules;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Mutatore: takes a valid plan and introduces exactly one defect that one rule must report, at a
 * known path. A mutator that cannot apply to a plan (e.g. a Puglia rule on a Lombardia plan)
 * returns empty.
 *
 * <p>{@code pick} chooses among the places the defect could go (which objective, which year),
 * so that a property explores them all.
 */
public interface Mutator {

  /** The id of the rule whose defect this mutator introduces, e.g. {@code BUDGET_TOTAL_MISMATCH}. */
  String ruleId();

  /**
   * The valid plan with the defect introduced at the place {@code pick} chooses (any int; it is
   * taken modulo the number of places), or empty if the defect cannot be put into this plan.
   */
  Optional<Mutation> apply(ZonePlan valid, int pick);

  /** The rule that must fire on the mutated plan, as the standard catalogue describes it. */
  default RuleDescriptor rule() {
    return StandardRules.catalogue().descriptor(ruleId())
        .orElseThrow(() -> new IllegalStateException("no standard rule " + ruleId()));
  }

  /**
   * The defect this mutator introduces, in words: the title of its rule, e.g. "Budget lines do
   * not add up to the declared total".
   */
  default String defect(Locale locale) {
    return rule().title(locale);
  }

  /** A mutator of this rule; the mutation function must only produce mutations of that rule. */
  static Mutator of(String ruleId, BiFunction<ZonePlan, Integer, Optional<Mutation>> mutation) {
    return new Mutator() {
      @Override
      public String ruleId() {
        return ruleId;
      }

      @Override
      public Optional<Mutation> apply(ZonePlan valid, int pick) {
        return mutation.apply(valid, pick).map(m -> {
          if (!m.ruleId().equals(ruleId)) {
            throw new IllegalStateException("mutator of " + ruleId + " produced a mutation of " + m.ruleId());
          }
          return m;
        });
      }

      @Override
      public String toString() {
        return "Mutator[" + ruleId + "]";
      }
    };
  }
}
