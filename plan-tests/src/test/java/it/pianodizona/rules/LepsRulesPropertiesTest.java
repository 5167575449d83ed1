package it.pianodizona.rules;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.testkit.mutators.RuleTesting;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Proprietà delle regole (LEPS): for every rule of the family, a valid generated plan has no
 * finding of it, and the rule's mutation of that plan has findings of that rule only, at the
 * mutation's path and with the rule's default severity.
 */
class LepsRulesPropertiesTest {

  @Property
  void socialWorkersBelowLeps(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("SOCIAL_WORKERS_BELOW_LEPS", plan, pick));
  }

  @Property
  void socialWorkersBelowTarget(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("SOCIAL_WORKERS_BELOW_TARGET", plan, pick));
  }

  @Property
  void essentialLepsNotTagged(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("ESSENTIAL_LEPS_NOT_TAGGED", plan, pick));
  }
}
