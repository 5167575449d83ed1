package it.pianodizona.testkit.mutators;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import it.pianodizona.model.ZonePlan;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Mutazione: a plan with exactly one defect introduced, the rule that must report it and where.
 *
 * @param plan the mutated plan
 * @param ruleId the one rule whose findings the mutated plan must have
 * @param path the JSON Pointer of (one of) the expected findings
 * @param asOf the as-of date to validate with, where the defect depends on it
 * @param values values the finding at {@code path} must carry (a subset of its values, as
 *     plain values: strings, {@code BigDecimal}s, {@code Integer} years); empty where the mutator
 *     states none
 */
public record Mutation(ZonePlan plan, String ruleId, String path, Optional<LocalDate> asOf,
    ImmutableMap<String, Object> values) {

  public Mutation {
    requireNonNull(plan);
    requireNonNull(ruleId);
    requireNonNull(path);
    requireNonNull(asOf);
    requireNonNull(values);
  }

  /** A mutation that states no values of its finding. */
  public Mutation(ZonePlan plan, String ruleId, String path, Optional<LocalDate> asOf) {
    this(plan, ruleId, path, asOf, ImmutableMap.of());
  }

  /** This mutation, whose finding must also carry these values. */
  public Mutation withValues(Map<String, ?> expected) {
    return new Mutation(plan, ruleId, path, asOf, ImmutableMap.copyOf(expected));
  }

  /** A mutation judged as of the original plan's first day. */
  public static Optional<Mutation> of(ZonePlan plan, String ruleId, String path) {
    return Optional.of(new Mutation(plan, ruleId, path, Optional.empty()));
  }
}
