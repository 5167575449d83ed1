package it.pianodizona.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.standard.StandardRules;
import it.pianodizona.testkit.mutators.Mutation;
import it.pianodizona.testkit.mutators.Mutator;
import it.pianodizona.testkit.mutators.Mutators;
import it.pianodizona.testkit.mutators.RuleTesting;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Nessun rumore: one defect, findings only where it is. For every rule's mutation of a valid
 * plan, every finding the mutation adds lies at or under the mutated path, or at a documented
 * cross-reference: the other side of the same contradiction, listed here with the reason.
 */
class NoNoisePropertiesTest {

  /**
   * Findings that may lie away from the mutated path by design: the other side of the same
   * contradiction. A blank line makes both its year's printed total and its objective's printed
   * total unverifiable; both are reported.
   */
  private static final ImmutableMap<String, String> CROSS_REFERENCES = ImmutableMap.<String, String>builder()
      .put("BUDGET_TOTAL_UNVERIFIABLE", "a blank line: its year's total and its objective's total are both unverifiable")
      .build();

  @Property(tries = 300)
  void aSingleMutationIsReportedOnlyWhereItIs(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan,
      @ForAll int pick) {
    for (Mutator mutator : Mutators.all()) {
      Optional<Mutation> mutation = mutator.apply(plan, pick);
      if (mutation.isEmpty()) {
        continue;
      }
      // Judged on the same day as the mutation: a mutation that moves the as-of date (overdue
      // milestones) makes findings of the day, not of its edit.
      Set<String> before = RuleTesting.validate(plan, mutation.get().asOf().orElse(plan.period().start()),
          Locale.ITALIAN).findings().stream().map(f -> f.ruleId() + " " + f.path()).collect(Collectors.toSet());
      String at = mutation.get().path();
      List<String> noise = RuleTesting.validate(mutation.get(), plan).findings().stream()
          .filter(f -> !before.contains(f.ruleId() + " " + f.path()))
          .filter(f -> !f.path().equals(at) && !f.path().startsWith(at + "/"))
          .filter(f -> !CROSS_REFERENCES.containsKey(f.ruleId()))
          .map(f -> f.ruleId() + " at " + f.path())
          .collect(Collectors.toList());
      assertThat(noise).as("findings of the %s mutation away from %s", mutator.ruleId(), at).isEmpty();
    }
  }

  @org.junit.jupiter.api.Test
  void everyCrossReferenceNamesARule() {
    assertThat(StandardRules.catalogue().ids()).containsAll(CROSS_REFERENCES.keySet());
  }
}
