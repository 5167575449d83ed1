package it.pianodizona.rules;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.testkit.mutators.RuleTesting;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Proprietà delle regole (eligibility): for every rule of the family, a valid generated plan has no
 * finding of it, and the rule's mutation of that plan has findings of that rule only, at the
 * mutation's path and with the rule's default severity.
 */
class EligibilityRulesPropertiesTest {

  @Property
  void municipalityNotSignatory(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("MUNICIPALITY_NOT_SIGNATORY", plan, pick));
  }

  @Property
  void healthAuthorityNotSignatory(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("HEALTH_AUTHORITY_NOT_SIGNATORY", plan, pick));
  }

  @Property
  void healthcareTrustNotSignatory(@ForAll(supplier = GeneratedPlans.Lombardia2021.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("HEALTHCARE_TRUST_NOT_SIGNATORY", plan, pick));
  }

  @Property
  void signatoryNotPublicBody(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("SIGNATORY_NOT_PUBLIC_BODY", plan, pick));
  }

  @Property
  void publicBodyAdheres(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("PUBLIC_BODY_ADHERES", plan, pick));
  }

  @Property
  void adherentExcludedKind(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("ADHERENT_EXCLUDED_KIND", plan, pick));
  }

  @Property
  void adherentNotThirdSector(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("ADHERENT_NOT_THIRD_SECTOR", plan, pick));
  }

  @Property
  void adherentDidNotParticipate(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("ADHERENT_DID_NOT_PARTICIPATE", plan, pick));
  }

  @Property
  void adherentRuntsSectionMissing(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("ADHERENT_RUNTS_SECTION_MISSING", plan, pick));
  }

  @Property
  void runtsSectionMismatch(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("RUNTS_SECTION_MISMATCH", plan, pick));
  }

  @Property
  void expressionOfInterestIneligibleKind(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("EXPRESSION_OF_INTEREST_INELIGIBLE_KIND", plan, pick));
  }

  @Property
  void agreementWithoutSignatories(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("AGREEMENT_WITHOUT_SIGNATORIES", plan, pick));
  }
}
