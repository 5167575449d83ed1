package it.pianodizona.testkit.mutators;

import static java.util.Objects.requireNonNull;

import it.pianodizona.model.ZonePlan;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Mutazione: a plan with exactly one defect introduced, the rule that must report it and where.
 *
 * @param plan the mutated plan
 * @param ruleId the one rule whose findings the mutated plan must have
 * @param path the JSON Pointer of (one of) the expected findings
 * @param asOf the as-of date to validate with, where the defect depends on it
 */
public record Mutation(ZonePlan plan, String ruleId, String path, Optional<LocalDate> asOf) {

  public Mutation {
    requireNonNull(plan);
    requireNonNull(ruleId);
    requireNonNull(path);
    requireNonNull(asOf);
  }

  /** A mutation judged as of the original plan's first day. */
  public static Optional<Mutation> of(ZonePlan plan, String ruleId, String path) {
    return Optional.of(new Mutation(plan, ruleId, path, Optional.empty()));
  }
}
