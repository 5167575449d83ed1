package it.pianodizona.rules.testing;

import it.pianodizona.model.ZonePlan;
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

  String ruleId();

  Optional<Mutation> apply(ZonePlan valid, int pick);

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
