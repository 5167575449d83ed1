package it.pianodizona.rules;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.testkit.mutators.RuleTesting;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Proprietà delle regole (governance): for every rule of the family, a valid generated plan has no
 * finding of it, and the rule's mutation of that plan has findings of that rule only, at the
 * mutation's path and with the rule's default severity.
 */
class GovernanceRulesPropertiesTest {

  @Property
  void decisionBodyMissing(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("DECISION_BODY_MISSING", plan, pick));
  }

  @Property
  void decisionBodyNotUnique(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("DECISION_BODY_NOT_UNIQUE", plan, pick));
  }

  @Property
  void decisionBodyWrongKind(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("DECISION_BODY_WRONG_KIND", plan, pick));
  }

  @Property
  void assemblyMemberNotMunicipality(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("ASSEMBLY_MEMBER_NOT_MUNICIPALITY", plan, pick));
  }

  @Property
  void municipalitySeatsMismatch(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("MUNICIPALITY_SEATS_MISMATCH", plan, pick));
  }

  @Property
  void subDistrictSeatsMismatch(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("SUB_DISTRICT_SEATS_MISMATCH", plan, pick));
  }

  @Property
  void seatCountMismatch(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("SEAT_COUNT_MISMATCH", plan, pick));
  }

  @Property
  void memberKindMismatch(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("MEMBER_KIND_MISMATCH", plan, pick));
  }

  @Property
  void meetingsBelowCadence(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("MEETINGS_BELOW_CADENCE", plan, pick));
  }
}
