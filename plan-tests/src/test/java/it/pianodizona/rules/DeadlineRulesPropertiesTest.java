package it.pianodizona.rules;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.testkit.mutators.RuleTesting;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Proprietà delle regole (deadlines): for every rule of the family, a valid generated plan has no
 * finding of it, and the rule's mutation of that plan has findings of that rule only, at the
 * mutation's path and with the rule's default severity.
 */
class DeadlineRulesPropertiesTest {

  @Property
  void callDeadlineBeforePublication(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("CALL_DEADLINE_BEFORE_PUBLICATION", plan, pick));
  }

  @Property
  void annexDeadlineBeforePublication(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("ANNEX_DEADLINE_BEFORE_PUBLICATION", plan, pick));
  }

  @Property
  void applicationFormDeadlineAfterCallDeadline(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("APPLICATION_FORM_DEADLINE_AFTER_CALL_DEADLINE", plan, pick));
  }

  @Property
  void expressionOfInterestAfterDeadline(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("EXPRESSION_OF_INTEREST_AFTER_DEADLINE", plan, pick));
  }

  @Property
  void surveyFormDeadlineAfterFirstMeeting(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("SURVEY_FORM_DEADLINE_AFTER_FIRST_MEETING", plan, pick));
  }

  @Property
  void meetingBeforeCallDeadline(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("MEETING_BEFORE_CALL_DEADLINE", plan, pick));
  }

  @Property
  void meetingOutsidePhase(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("MEETING_OUTSIDE_PHASE", plan, pick));
  }

  @Property
  void plenaryCountMismatch(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("PLENARY_COUNT_MISMATCH", plan, pick));
  }

  @Property
  void tableMeetingCountMismatch(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("TABLE_MEETING_COUNT_MISMATCH", plan, pick));
  }

  @Property
  void planPeriodOffCycle(@ForAll(supplier = GeneratedPlans.WithCycles.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("PLAN_PERIOD_OFF_CYCLE", plan, pick));
  }

  @Property
  void planCycleUnknown(@ForAll(supplier = GeneratedPlans.WithCycles.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("PLAN_CYCLE_UNKNOWN", plan, pick));
  }

  @Property
  void planStartsBeforePredecessorEnd(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("PLAN_STARTS_BEFORE_PREDECESSOR_END", plan, pick));
  }

  @Property
  void milestoneOutsidePlanPeriod(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("MILESTONE_OUTSIDE_PLAN_PERIOD", plan, pick));
  }

  @Property
  void actionOutsidePlanPeriod(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("ACTION_OUTSIDE_PLAN_PERIOD", plan, pick));
  }

  @Property
  void milestoneOverdue(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("MILESTONE_OVERDUE", plan, pick));
  }

  @Property
  void agreementSignedLate(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("AGREEMENT_SIGNED_LATE", plan, pick));
  }

  @Property
  void agreementValidityMismatch(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("AGREEMENT_VALIDITY_MISMATCH", plan, pick));
  }

  @Property
  void meetingEndsBeforeStart(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("MEETING_ENDS_BEFORE_START", plan, pick));
  }
}
