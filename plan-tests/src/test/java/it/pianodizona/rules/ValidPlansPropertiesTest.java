package it.pianodizona.rules;

import static it.pianodizona.testkit.assertions.ReportAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.testkit.plans.PlanArbitraries;
import it.pianodizona.testkit.mutators.RuleTesting;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A valid generated plan has no finding of any rule, in any profiled region, at any size. */
class ValidPlansPropertiesTest {

  @Provide
  Arbitrary<ZonePlan> plans() {
    return PlanArbitraries.plansUpTo(30);
  }

  @Provide
  Arbitrary<ZonePlan> cremaSized() {
    return PlanArbitraries.plans();
  }

  @Property
  void aValidPlanHasNoFindings(@ForAll("plans") ZonePlan plan) {
    assertThat(RuleTesting.validate(plan)).hasNoFindings();
  }

  @Property
  void aValidCremaSizedPlanHasNoFindingsInEitherLanguage(@ForAll("cremaSized") ZonePlan plan) {
    assertThat(RuleTesting.validate(plan, plan.period().start(), Locale.ITALIAN)).hasNoFindings();
    assertThat(RuleTesting.validate(plan, plan.period().start(), Locale.ENGLISH)).hasNoFindings();
  }

  @Property
  void validationIsDeterministic(@ForAll("plans") ZonePlan plan) {
    assertThat(RuleTesting.validate(plan)).isEqualTo(RuleTesting.validate(ZonePlan.builder().from(plan).build()));
  }
}
