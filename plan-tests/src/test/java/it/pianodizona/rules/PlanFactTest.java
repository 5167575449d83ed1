package it.pianodizona.rules;

import static it.pianodizona.testkit.assertions.ReportAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.PlanFact;
import it.pianodizona.rules.spi.RuleContext;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Facts about the plan: computed once per validation, shared by the rules that ask, never kept. */
class PlanFactTest {

  private static final ZonePlan PLAN = PlanGenerator.generate(2015, PlanShape.cremaSized(Region.LOMBARDIA));

  /** A rule that asks for a fact and keeps what it was given. */
  private static final class Asking extends AbstractRule {
    private final PlanFact<?> fact;
    private final List<Object> seen;

    Asking(String id, PlanFact<?> fact, List<Object> seen) {
      super(id, RuleFamily.INTEGRITY, Severity.ERROR, Citations.PLAN_DOCUMENT);
      this.fact = fact;
      this.seen = seen;
    }

    @Override
    public void check(ZonePlan plan, RuleContext context) {
      seen.add(context.fact(fact));
    }
  }

  private static Validator validator(PlanFact<?> fact, List<Object> seen) {
    return Validator.of(RuleCatalogue.of(ImmutableList.of(
        new Asking("FIRST_FOR_TEST", fact, seen), new Asking("SECOND_FOR_TEST", fact, seen))));
  }

  @Test
  void aFactIsComputedOncePerValidationAndSharedByTheRulesThatAsk() {
    AtomicInteger computed = new AtomicInteger();
    PlanFact<List<String>> ids = PlanFact.of("objective ids", plan -> {
      computed.incrementAndGet();
      return plan.objectives().stream().map(o -> o.id()).toList();
    });
    List<Object> seen = new ArrayList<>();
    Validator validator = validator(ids, seen);

    assertThat(validator.validate(PLAN)).hasNoFindings();
    assertThat(computed).hasValue(1);
    assertThat(seen).hasSize(2);
    assertThat(seen.get(1)).isSameAs(seen.get(0));

    // A new validation, of the same plan or another, computes it again: nothing outlives it.
    validator.validate(PLAN);
    assertThat(computed).hasValue(2);
    assertThat(seen.get(2)).isNotSameAs(seen.get(0)).isEqualTo(seen.get(0));
  }

  @Test
  void aFactThatThrowsFailsEachRuleThatAsksAndNotTheOthers() {
    AtomicInteger computed = new AtomicInteger();
    PlanFact<String> broken = PlanFact.of("broken", plan -> {
      computed.incrementAndGet();
      throw new IllegalStateException("no such sum");
    });
    ValidationReport report = validator(broken, new ArrayList<>()).validate(PLAN);

    assertThat(report).hasOnlyFindingsOf("RULE_FAILED");
    assertThat(report).hasFinding("RULE_FAILED").withValue("rule", "FIRST_FOR_TEST").times(1);
    assertThat(report).hasFinding("RULE_FAILED").withValue("rule", "SECOND_FOR_TEST").times(1);
    assertThat(computed).hasValue(2);
  }

  @Test
  void aFactThatComputesNullFailsTheRuleThatAskedNamingTheFact() {
    ValidationReport report = validator(PlanFact.of("nothing", plan -> null), new ArrayList<>()).validate(PLAN);

    assertThat(report).hasFinding("RULE_FAILED").withValue("rule", "FIRST_FOR_TEST")
        .withValue("exception", "java.lang.NullPointerException")
        .withValue("detail", "plan fact 'nothing' computed null");
  }

  @Test
  void aFactNeedsAName() {
    assertThatThrownBy(() -> PlanFact.of(" ", plan -> 1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(PlanFact.of("budget figures", plan -> 1)).hasToString("PlanFact[budget figures]");
  }
}
