package it.pianodizona.rules;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.testkit.mutators.RuleTesting;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Proprietà delle regole nel tempo (funds and health bodies, issue 15): a valid generated plan has
 * no finding of the rule, and the rule's mutation has findings of that rule only, at its path.
 */
class InTimeRulesPropertiesTest {

  @Property
  void fundNotInForce(@ForAll(supplier = GeneratedPlans.WithCycles.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("FUND_NOT_IN_FORCE", plan, pick));
  }

  @Property
  void healthBodyNotInForce(@ForAll(supplier = GeneratedPlans.WithCycles.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("HEALTH_BODY_NOT_IN_FORCE", plan, pick));
  }
}
