package it.pianodizona.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.Region;
import it.pianodizona.testkit.mutators.Mutator;
import it.pianodizona.testkit.mutators.Mutators;
import it.pianodizona.testkit.mutators.RuleTesting;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ogni luogo: each rule's defect at every place its mutator can put it, on a few fixed generated
 * plans. The properties draw one place per try, so a place a rule checks can go untried in a run
 * (and under mutation testing, with few tries, often does); here every place of every kind is
 * tried on every run, which is what makes a deleted check fail a test.
 */
class EveryPlaceTest {

  /**
   * Enough picks to reach every kind of place of the mutator with the most kinds (DUPLICATE_ID's
   * 21 lists), and the first few places of each kind of the others.
   */
  private static final int MAX_PICKS = 24;

  /**
   * Crema-sized plans of Lombardia's 2021 cycle (the healthcare trust signs) and 2015 cycle (funds
   * and health bodies of that time, an off-cycle period possible), and of Puglia (fixed strategic
   * areas): between them every mutator applies.
   */
  private static final ImmutableList<ZonePlan> PLANS = ImmutableList.of(
      PlanGenerator.generate(1, PlanShape.cremaSized(Region.LOMBARDIA)),
      PlanGenerator.generate(5, PlanShape.cremaSized(Region.LOMBARDIA)),
      PlanGenerator.generate(4, PlanShape.cremaSized(Region.PUGLIA)));

  static Stream<String> rules() {
    return Mutators.all().stream().map(Mutator::ruleId);
  }

  @ParameterizedTest
  @MethodSource("rules")
  void eachRulesDefectIsDetectedAtEveryPlaceItsMutatorCanPutIt(String ruleId) {
    int places = 0;
    for (ZonePlan plan : PLANS) {
      places += RuleTesting.assertDetectedEverywhere(ruleId, plan, MAX_PICKS).size();
    }
    assertThat(places).as("places of %s's defect in the fixed plans", ruleId).isPositive();
  }

  @ParameterizedTest
  @MethodSource("rules")
  void eachRulesEnglishMessageHasEveryParameterSupplied(String ruleId) {
    for (ZonePlan plan : PLANS) {
      Mutators.forRule(ruleId).apply(plan, 0).ifPresent(mutation ->
          assertThat(RuleTesting.validate(mutation, plan, Locale.ENGLISH).findings())
              .allSatisfy(f -> assertThat(f.message()).doesNotContainPattern("\\{[A-Za-z][A-Za-z0-9]*\\}")));
    }
  }
}
