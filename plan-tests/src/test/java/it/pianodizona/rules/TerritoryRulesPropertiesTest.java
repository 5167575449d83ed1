package it.pianodizona.rules;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.testkit.mutators.RuleTesting;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Proprietà delle regole (territory): for every rule of the family, a valid generated plan (whose
 * members are real municipalities of its region) has no finding of it, and the rule's mutation
 * of that plan has findings of that rule only, at the mutation's path and with the rule's
 * default severity.
 */
class TerritoryRulesPropertiesTest {

  @Property
  void unknownIstatCode(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("UNKNOWN_ISTAT_CODE", plan, pick));
  }

  @Property
  void istatNameMismatch(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("ISTAT_NAME_MISMATCH", plan, pick));
  }

  @Property
  void municipalityOutsideRegion(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("MUNICIPALITY_OUTSIDE_REGION", plan, pick));
  }

  @Property
  void duplicateMunicipality(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("DUPLICATE_MUNICIPALITY", plan, pick));
  }

  @Property
  void nonMemberMunicipalityInAgreement(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan, @ForAll int pick) {
    Assume.that(RuleTesting.assertDetected("NON_MEMBER_MUNICIPALITY_IN_AGREEMENT", plan, pick));
  }
}
