package it.pianodizona.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ImmutableZonePlan;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.rules.ValidationReport;
import it.pianodizona.testkit.mutators.Mutation;
import it.pianodizona.testkit.mutators.Mutator;
import it.pianodizona.testkit.mutators.Mutators;
import it.pianodizona.testkit.mutators.RuleTesting;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FindingsDiffTest {

  @Property(tries = 100)
  void aMutationIntroducesItsRulesFindingAndUndoingItResolvesIt(
      @ForAll ZonePlan plan, @ForAll("mutators") Mutator mutator, @ForAll int pick) {
    Optional<Mutation> mutation = mutator.apply(plan, pick);
    Assume.that(mutation.isPresent());
    LocalDate asOf = mutation.get().asOf().orElse(plan.period().start());
    ZonePlan mutated = mutation.get().plan();
    ValidationReport valid = RuleTesting.validate(plan, asOf, Locale.ITALIAN);
    ValidationReport broken = RuleTesting.validate(mutated, asOf, Locale.ITALIAN);

    FindingsDiff forwards = FindingsDiff.between(plan, valid, mutated, broken);
    FindingsDiff backwards = FindingsDiff.between(mutated, broken, plan, valid);

    assertThat(forwards.introduced()).extracting(FindingChange::ruleId).contains(mutator.ruleId());
    assertThat(keys(backwards.resolved())).containsExactlyInAnyOrderElementsOf(keys(forwards.introduced()));
    assertThat(keys(backwards.introduced())).containsExactlyInAnyOrderElementsOf(keys(forwards.resolved()));
    assertThat(keys(backwards.unchanged())).containsExactlyInAnyOrderElementsOf(keys(forwards.unchanged()));
    assertThat(FindingsDiff.between(mutated, broken, mutated, broken).isEmpty()).isTrue();
  }

  // Only mutations under /objectives/ qualify, a small share of the ~100 mutators: more tries and a
  // higher discard ratio keep the number of real checks up, instead of exhausting at random seeds.
  @Property(tries = 300, maxDiscardRatio = 30)
  void aFindingStaysTheSameFindingWhenAnObjectiveIsInsertedBeforeIt(
      @ForAll ZonePlan plan, @ForAll("mutators") Mutator mutator, @ForAll int pick) {
    Optional<Mutation> mutation = mutator.apply(plan, pick);
    Assume.that(mutation.isPresent() && mutation.get().path().startsWith("/objectives/"));
    LocalDate asOf = mutation.get().asOf().orElse(plan.period().start());
    ZonePlan mutated = mutation.get().plan();
    ZonePlan shifted = ImmutableZonePlan.copyOf(mutated).withObjectives(ImmutableList.<Objective>builder()
        .add(Objective.builder().id("obj-inserted").code("0").title("Obiettivo inserito (illustrativo)").build())
        .addAll(mutated.objectives()).build());
    ValidationReport before = RuleTesting.validate(mutated, asOf, Locale.ITALIAN);
    ValidationReport after = RuleTesting.validate(shifted, asOf, Locale.ITALIAN);

    FindingsDiff diff = FindingsDiff.between(mutated, before, shifted, after);

    assertThat(diff.unchanged())
        .filteredOn(f -> f.ruleId().equals(mutator.ruleId()))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.before().get().path()).isNotEqualTo(f.after().get().path()));
    assertThat(diff.resolved()).extracting(FindingChange::ruleId).doesNotContain(mutator.ruleId());
  }

  @Provide
  Arbitrary<Mutator> mutators() {
    return Arbitraries.of(Mutators.all());
  }

  private static List<String> keys(List<FindingChange> changes) {
    return changes.stream().map(c -> c.ruleId() + " " + c.element()).collect(Collectors.toList());
  }
}
