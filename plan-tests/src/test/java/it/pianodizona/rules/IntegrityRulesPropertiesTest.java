package it.pianodizona.rules;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.testkit.mutators.RuleTesting;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Proprietà delle regole (integrity): for every rule of the family, a valid generated plan has no
 * finding of it, and the rule's mutation of that plan has findings of that rule only, at the
 * mutation's path and with the rule's default severity.
 */
class IntegrityRulesPropertiesTest {

  @Property
  void requiredElementMissing(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("REQUIRED_ELEMENT_MISSING", plan, pick));
  }

  @Property
  void agreementMissing(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("AGREEMENT_MISSING", plan, pick));
  }

  @Property
  void agreementAdoptsOtherPlan(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("AGREEMENT_ADOPTS_OTHER_PLAN", plan, pick));
  }

  @Property
  void duplicateId(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("DUPLICATE_ID", plan, pick));
  }

  @Property
  void unknownParty(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("UNKNOWN_PARTY", plan, pick));
  }

  @Property
  void unknownSubDistrict(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("UNKNOWN_SUB_DISTRICT", plan, pick));
  }

  @Property
  void unknownParticipationItem(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("UNKNOWN_PARTICIPATION_ITEM", plan, pick));
  }

  @Property
  void unknownWorkTable(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("UNKNOWN_WORK_TABLE", plan, pick));
  }

  @Property
  void unknownPolicyItem(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("UNKNOWN_POLICY_ITEM", plan, pick));
  }

  @Property
  void unknownObjective(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("UNKNOWN_OBJECTIVE", plan, pick));
  }

  @Property
  void unknownGovernanceReference(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("UNKNOWN_GOVERNANCE_REFERENCE", plan, pick));
  }

  @Property
  void partyKindMismatch(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("PARTY_KIND_MISMATCH", plan, pick));
  }

  @Property
  void declaredCountMismatch(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("DECLARED_COUNT_MISMATCH", plan, pick));
  }

  @Property
  void strategicAreasMissing(@ForAll(supplier = GeneratedPlans.Puglia.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("STRATEGIC_AREAS_MISSING", plan, pick));
  }

  @Property
  void municipalityWithoutSubDistrict(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("MUNICIPALITY_WITHOUT_SUB_DISTRICT", plan, pick));
  }

  @Property
  void participationFigureMismatch(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("PARTICIPATION_FIGURE_MISMATCH", plan, pick));
  }
}
