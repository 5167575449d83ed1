package it.pianodizona.rules;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.standard.StandardRules;
import it.pianodizona.testkit.mutators.Mutation;
import it.pianodizona.testkit.mutators.Mutator;
import it.pianodizona.testkit.mutators.Mutators;
import it.pianodizona.testkit.mutators.RuleTesting;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule speaks Italian and English: both bundles have the same keys, every rule has a
 * title in both, and a finding of every rule reads as a full sentence in both languages.
 */
class MessagesTest {

  private static final ResourceBundle ITALIAN = ResourceBundle.getBundle("it.pianodizona.rules.messages", Locale.ITALIAN);
  private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("it.pianodizona.rules.messages", Locale.ENGLISH);

  @Test
  void bothBundlesHaveTheSameKeys() {
    assertThat(ITALIAN.getLocale()).isEqualTo(Locale.ITALIAN);
    assertThat(ENGLISH.getLocale()).isEqualTo(Locale.ENGLISH);
    assertThat(ITALIAN.keySet()).containsExactlyInAnyOrderElementsOf(ENGLISH.keySet());
  }

  @Test
  void everyRuleHasATitleAndAMessageInBothLanguages() {
    for (RuleDescriptor rule : StandardRules.catalogue().descriptors()) {
      for (ResourceBundle bundle : new ResourceBundle[] {ITALIAN, ENGLISH}) {
        assertThat(bundle.containsKey(rule.id() + ".title")).as("%s title in %s", rule.id(), bundle.getLocale()).isTrue();
        assertThat(bundle.containsKey(rule.id() + ".message")).as("%s message in %s", rule.id(), bundle.getLocale()).isTrue();
      }
      assertThat(rule.title(Locale.ITALIAN)).isNotEqualTo(rule.title(Locale.ENGLISH));
    }
  }

  @Test
  void everyKeyOfTheBundlesBelongsToARuleOrAnEnumLabel() {
    for (String key : ITALIAN.keySet()) {
      String head = key.substring(0, key.indexOf('.'));
      assertThat(head.equals("enum") || StandardRules.catalogue().knows(head)).as(key).isTrue();
    }
  }

  /** One dynamic test per rule: its mutation's findings, rendered in both languages. */
  @TestFactory
  Stream<DynamicTest> everyRulesFindingsReadInBothLanguages() {
    return Mutators.all().stream().map(mutator -> DynamicTest.dynamicTest(mutator.ruleId(), () -> {
      Mutation mutation = firstMutation(mutator);
      ZonePlan original = original(mutator);
      var italian = RuleTesting.validate(mutation, original, Locale.ITALIAN).byRule(mutator.ruleId()).findings();
      var english = RuleTesting.validate(mutation, original, Locale.ENGLISH).byRule(mutator.ruleId()).findings();
      assertThat(italian).hasSameSizeAs(english).isNotEmpty();
      for (int i = 0; i < italian.size(); i++) {
        Finding it = italian.get(i);
        Finding en = english.get(i);
        assertThat(it.path()).isEqualTo(en.path());
        assertThat(it.values()).isEqualTo(en.values());
        assertThat(it.message()).as("Italian message of %s", mutator.ruleId())
            .doesNotContain("{", "}").doesNotStartWith(mutator.ruleId()).isNotEqualTo(en.message());
        assertThat(en.message()).as("English message of %s", mutator.ruleId())
            .doesNotContain("{", "}").doesNotStartWith(mutator.ruleId());
        assertThat(it.reference()).isNotBlank().isEqualTo(en.reference());
      }
    }));
  }

  private static ZonePlan original(Mutator mutator) {
    for (Region region : new Region[] {Region.LOMBARDIA, Region.PUGLIA, Region.TOSCANA}) {
      for (long seed = 0; seed < 12; seed++) {
        ZonePlan plan = PlanGenerator.generate(seed, PlanShape.cremaSized(region));
        if (mutator.apply(plan, 0).isPresent()) {
          return plan;
        }
      }
    }
    throw new AssertionError("no generated plan takes the mutation of " + mutator.ruleId());
  }

  private static Mutation firstMutation(Mutator mutator) {
    Optional<Mutation> mutation = mutator.apply(original(mutator), 0);
    return mutation.orElseThrow();
  }
}
