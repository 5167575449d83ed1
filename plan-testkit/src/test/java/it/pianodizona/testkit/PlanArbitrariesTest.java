package it.pianodizona.testkit;

import static it.pianodizona.testkit.assertions.ReportAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.ProgrammeAgreement;
import it.pianodizona.model.agreement.Signatory;
import it.pianodizona.model.budget.Budget;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.model.territory.District;
import it.pianodizona.model.territory.Region;
import it.pianodizona.testkit.mutators.RuleTesting;
import it.pianodizona.testkit.plans.GeneratedPlan;
import it.pianodizona.testkit.plans.PlanArbitraries;
import it.pianodizona.testkit.plans.PlanShape;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The kit's generators as an integrator uses them: by provider, by annotation, and by part. */
class PlanArbitrariesTest {

  private static final PlanShape SMALL_PUGLIA = new PlanShape(Region.PUGLIA, 3, 5, 2, 2);

  @Property
  void aForAllZonePlanIsACremaSizedValidPlanInAProfiledRegion(@ForAll ZonePlan plan) {
    assertThat(plan.objectives()).hasSize(10);
    assertThat(plan.district().subDistricts()).hasSize(6);
    assertThat(plan.district().region())
        .isIn(Region.LOMBARDIA, Region.PUGLIA, Region.EMILIA_ROMAGNA, Region.TOSCANA);
    assertThat(RuleTesting.validate(plan)).hasNoFindings();
  }

  @Property
  void theAnnotationFixesTheRegion(@ForAll @GeneratedPlan(region = Region.PUGLIA) ZonePlan plan) {
    assertThat(plan.district().region()).isEqualTo(Region.PUGLIA);
    assertThat(plan.objectives()).hasSize(10);
    // Puglia's cycle fixes seven strategic areas; the generator follows the profile.
    assertThat(plan.policyFramework().strategicAreas()).hasSize(7);
  }

  @Property
  void theAnnotationBoundsTheSize(
      @ForAll @GeneratedPlan(region = {Region.LOMBARDIA, Region.TOSCANA}, maxObjectives = 3) ZonePlan plan) {
    assertThat(plan.district().region()).isIn(Region.LOMBARDIA, Region.TOSCANA);
    assertThat(plan.objectives()).hasSizeBetween(1, 3);
    assertThat(RuleTesting.validate(plan)).hasNoFindings();
  }

  @Provide
  Arbitrary<District> districts() {
    return PlanArbitraries.districts(SMALL_PUGLIA);
  }

  @Property
  void districtsHaveTheShapesCounts(@ForAll("districts") District district) {
    assertThat(district.region()).isEqualTo(Region.PUGLIA);
    assertThat(district.municipalities()).hasSize(5);
    assertThat(district.subDistricts()).hasSize(2);
  }

  @Provide
  Arbitrary<Objective> objectives() {
    return PlanArbitraries.objectives(SMALL_PUGLIA);
  }

  @Property
  void objectivesHaveIndicators(@ForAll("objectives") Objective objective) {
    assertThat(objective.indicators()).isNotEmpty();
  }

  @Provide
  Arbitrary<Budget> budgets() {
    return PlanArbitraries.budgets(SMALL_PUGLIA);
  }

  @Property
  void budgetsHaveLinesForEveryYearOfTheCycle(@ForAll("budgets") Budget budget) {
    assertThat(budget.lines()).extracting(line -> line.year().getValue()).contains(2022, 2023, 2024);
  }

  @Provide
  Arbitrary<GovernanceBody> bodies() {
    return PlanArbitraries.governanceBodies(SMALL_PUGLIA);
  }

  @Property
  void governanceBodiesAreNamed(@ForAll("bodies") GovernanceBody body) {
    assertThat(body.name()).isNotBlank();
  }

  @Provide
  Arbitrary<ProgrammeAgreement> agreements() {
    return PlanArbitraries.agreements(SMALL_PUGLIA);
  }

  @Property
  void agreementsAreSignedByEveryMunicipalityAndTheHealthAuthority(
      @ForAll("agreements") ProgrammeAgreement agreement) {
    assertThat(agreement.signatories()).extracting(Signatory::partyId)
        .contains("mun-0", "mun-1", "mun-2", "mun-3", "mun-4", "health-authority");
  }

  @Provide
  Arbitrary<ZonePlan> smallLombardia() {
    return PlanArbitraries.plansUpTo(Region.LOMBARDIA, 4);
  }

  @Property
  void plansUpToARegionStayInIt(@ForAll("smallLombardia") ZonePlan plan) {
    assertThat(plan.district().region()).isEqualTo(Region.LOMBARDIA);
    assertThat(plan.objectives()).hasSizeBetween(1, 4);
  }
}
