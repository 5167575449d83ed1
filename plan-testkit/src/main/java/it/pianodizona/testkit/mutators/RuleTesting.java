package it.pianodizona.testkit.mutators;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.ValidationOptions;
import it.pianodizona.rules.ValidationReport;
import it.pianodizona.rules.standard.StandardRules;
import it.pianodizona.testkit.assertions.ReportAssert;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;

/**
 * Strumenti per i test delle regole: validation as the property tests do it: the standard
 * catalogue, judged on the plan's first day unless a mutation says otherwise.
 */
public final class RuleTesting {

  /** A message parameter, as plan-rules' bundles write them. */
  private static final Pattern UNSUPPLIED_PARAMETER = Pattern.compile("\\{[A-Za-z][A-Za-z0-9]*\\}");

  private RuleTesting() {}

  /** The plan validated with the standard rules as of the day it starts, in Italian. */
  public static ValidationReport validate(ZonePlan plan) {
    return validate(plan, plan.period().start(), Locale.ITALIAN);
  }

  /** The plan validated with the standard rules as of this date, with messages in this language. */
  public static ValidationReport validate(ZonePlan plan, LocalDate asOf, Locale locale) {
    return StandardRules.validator(ValidationOptions.builder().asOf(asOf).locale(locale).build()).validate(plan);
  }

  /** The mutated plan validated as its mutation says (as of the original plan's first day by default). */
  public static ValidationReport validate(Mutation mutation, ZonePlan original) {
    return validate(mutation, original, Locale.ITALIAN);
  }

  /** The mutated plan validated as its mutation says, with messages in this language. */
  public static ValidationReport validate(Mutation mutation, ZonePlan original, Locale locale) {
    return validate(mutation.plan(), mutation.asOf().orElse(original.period().start()), locale);
  }

  /**
   * Checks one rule on one valid plan: the plan has no finding of the rule, and the rule's
   * mutation of it has findings of that rule only, one of them at the mutation's path with the
   * rule's default severity and, where the mutation states them, the values it expects. Returns whether the mutation applied to this plan, so that a
   * property can discard the plans it does not apply to.
   */
  public static boolean assertDetected(String ruleId, ZonePlan valid, int pick) {
    ReportAssert.assertThat(validate(valid)).hasNoFinding(ruleId);
    Optional<Mutation> mutation = Mutators.forRule(ruleId).apply(valid, pick);
    mutation.ifPresent(m -> assertReported(ruleId, m, valid));
    return mutation.isPresent();
  }

  /**
   * Checks one rule at every place its mutator can put the defect into one valid plan, as
   * {@link #assertDetected} does at one: the picks from 0 up, until they come back to the first
   * mutation or reach {@code maxPicks}, each distinct mutated plan validated once. A property
   * draws the pick at random; this walks them all, so that no place the rule checks is left to
   * chance. Returns the paths of the mutations, in pick order (empty where the mutator does not
   * apply to the plan).
   */
  public static List<String> assertDetectedEverywhere(String ruleId, ZonePlan valid, int maxPicks) {
    ReportAssert.assertThat(validate(valid)).hasNoFinding(ruleId);
    Mutator mutator = Mutators.forRule(ruleId);
    Set<ZonePlan> seen = new HashSet<>();
    List<String> paths = new ArrayList<>();
    Optional<Mutation> first = Optional.empty();
    for (int pick = 0; pick < maxPicks; pick++) {
      Optional<Mutation> mutation = mutator.apply(valid, pick);
      if (mutation.isEmpty()) {
        continue;
      }
      if (first.isEmpty()) {
        first = mutation;
      } else if (mutation.equals(first)) {
        break;
      }
      if (seen.add(mutation.get().plan())) {
        assertReported(ruleId, mutation.get(), valid);
        paths.add(mutation.get().path());
      }
    }
    return paths;
  }

  /** The mutated plan has findings of the rule only, one at the mutation's path with its severity and values. */
  private static void assertReported(String ruleId, Mutation mutation, ZonePlan valid) {
    ValidationReport report = validate(mutation, valid);
    Severity severity = StandardRules.catalogue().descriptor(ruleId).orElseThrow().severity();
    ReportAssert.assertThat(report).hasOnlyFindingsOf(ruleId)
        .hasFinding(ruleId).at(mutation.path()).withSeverity(severity);
    // A parameter the rule did not supply stays in the text as "{name}": the reader would see it.
    Assertions.assertThat(report.findings())
        .as("the messages of %s, every parameter supplied", ruleId)
        .allSatisfy(f -> Assertions.assertThat(f.message()).doesNotContainPattern(UNSUPPLIED_PARAMETER));
    if (!mutation.values().isEmpty()) {
      Assertions.assertThat(report.findings())
          .as("a finding of %s at %s with the values %s", ruleId, mutation.path(), mutation.values())
          .anySatisfy(f -> {
            Assertions.assertThat(f.path()).isEqualTo(mutation.path());
            Assertions.assertThat(f.values()).containsAllEntriesOf(mutation.values());
          });
    }
  }
}
