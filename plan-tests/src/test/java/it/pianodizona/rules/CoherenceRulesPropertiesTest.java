package it.pianodizona.rules;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.testkit.mutators.RuleTesting;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Proprietà delle regole di coerenza (issue 16): timeline, calendar, identity, legal form and
 * plausibility rules: a valid generated plan has no finding of the rule, and the rule's mutation
 * has findings of that rule only, at the mutation's path.
 */
class CoherenceRulesPropertiesTest {

  @Property
  void timelineOutOfOrder(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("TIMELINE_OUT_OF_ORDER", plan, pick));
  }

  @Property
  void meetingOnHoliday(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("MEETING_ON_HOLIDAY", plan, pick));
  }

  @Property
  void objectiveCodeDuplicate(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("OBJECTIVE_CODE_DUPLICATE", plan, pick));
  }

  @Property
  void organisationDuplicate(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("ORGANISATION_DUPLICATE", plan, pick));
  }

  @Property
  void forProfitAsThirdSector(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("FOR_PROFIT_AS_THIRD_SECTOR", plan, pick));
  }

  @Property
  void baselinePercentageOutOfRange(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("BASELINE_PERCENTAGE_OUT_OF_RANGE", plan, pick));
  }

  @Property
  void seatRuleWithoutSeats(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("SEAT_RULE_WITHOUT_SEATS", plan, pick));
  }

  @Property
  void bodySeatsWithoutMembers(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("BODY_SEATS_WITHOUT_MEMBERS", plan, pick));
  }

  @Property
  void adherentNotEnrolledAfterTransfer(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("ADHERENT_NOT_ENROLLED_AFTER_TRANSFER", plan, pick));
  }
}
