package it.pianodizona.rules;

import static it.pianodizona.testkit.assertions.ReportAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.CountedSubject;
import it.pianodizona.model.DeclaredCount;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.leps.ContractKind;
import it.pianodizona.model.leps.Profession;
import it.pianodizona.model.leps.StaffPosition;
import it.pianodizona.model.objective.ImmutableAction;
import it.pianodizona.model.objective.ImmutableObjective;
import it.pianodizona.model.territory.ImmutableDistrict;
import it.pianodizona.model.territory.ImmutableMunicipality;
import it.pianodizona.model.territory.Region;
import it.pianodizona.model.territory.StatedPopulation;
import it.pianodizona.registry.MunicipalityRegistry;
import it.pianodizona.rules.leps.DistrictPopulation;
import it.pianodizona.rules.standard.StandardRules;
import it.pianodizona.testkit.mutators.PlanEdits;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** LEPS: social workers per inhabitants (L. 178/2020 c.797) and the population they are counted on. */
class LepsRulesTest {

  /** A generated 2021-2023 plan: valid, with staffing and LEPS tags. */
  private static final ZonePlan PLAN_2021 = LongStream.range(0, 50)
      .mapToObj(seed -> PlanGenerator.generate(seed, PlanShape.cremaSized(Region.TOSCANA)))
      .filter(p -> p.period().start().getYear() == 2021).findFirst().orElseThrow();

  private static ZonePlan withPopulationAndSocialWorkers(ZonePlan plan, int inhabitants, String fte) {
    // Illustrative figures (the check), not a real district's.
    ZonePlan stated = PlanEdits.district(plan, d -> ImmutableDistrict.copyOf(d)
        .withPopulation(StatedPopulation.of(inhabitants, LocalDate.of(2021, 1, 1), "illustrativo")));
    return PlanEdits.copy(stated).withSocialServiceStaff(StaffPosition.builder()
        .profession(Profession.SOCIAL_WORKER).fullTimeEquivalents(new BigDecimal(fte))
        .contractKind(ContractKind.PERMANENT).asOf(LocalDate.of(2020, 12, 31)).build());
  }

  @Test
  void twoSocialWorkersForTwentyThousandInhabitantsAreBelowTheLevel() {
    ZonePlan plan = withPopulationAndSocialWorkers(PLAN_2021, 20_000, "2");

    assertThat(StandardRules.validator().validate(plan)).hasOnlyFindingsOf("SOCIAL_WORKERS_BELOW_LEPS")
        .hasFinding("SOCIAL_WORKERS_BELOW_LEPS").at("/socialServiceStaff")
        .withValue("inhabitants", 20_000).withValue("ratio", "1:10000");
  }

  @Test
  void betweenTheLevelAndTheTargetIsAnInfo() {
    ZonePlan plan = withPopulationAndSocialWorkers(PLAN_2021, 20_000, "4.5");

    assertThat(StandardRules.validator().validate(plan)).hasOnlyFindingsOf("SOCIAL_WORKERS_BELOW_TARGET");
    assertThat(StandardRules.validator().validate(withPopulationAndSocialWorkers(PLAN_2021, 20_000, "5")))
        .hasNoFindings();
  }

  @Test
  void aPlanBefore2021OrWithoutStaffIsNotChecked() {
    ZonePlan before = LongStream.range(0, 50)
        .mapToObj(seed -> PlanGenerator.generate(seed, PlanShape.cremaSized(Region.LOMBARDIA)))
        .filter(p -> p.period().start().getYear() == 2015).findFirst().orElseThrow();
    assertThat(StandardRules.validator().validate(withPopulationAndSocialWorkers(before, 20_000, "2")))
        .hasNoFinding("SOCIAL_WORKERS_BELOW_LEPS");
    assertThat(StandardRules.validator().validate(PlanEdits.copy(PLAN_2021).withSocialServiceStaff()))
        .hasNoFindings();
  }

  @Test
  void aStatedPopulationWinsAndADerivedOneSaysSo() {
    ZonePlan unstated = PlanEdits.district(PLAN_2021, d -> ImmutableDistrict.copyOf(d).withPopulation(Optional.empty()));
    assertThat(DistrictPopulation.of(unstated, MunicipalityRegistry::italy))
        .hasValueSatisfying(p -> assertThat(p.source()).startsWith("derivata"));
    ZonePlan stated = withPopulationAndSocialWorkers(PLAN_2021, 20_000, "5");
    assertThat(DistrictPopulation.of(stated, MunicipalityRegistry::italy))
        .hasValueSatisfying(p -> assertThat(p.inhabitants()).isEqualTo(20_000));
  }

  private static ZonePlan unstated() {
    return PlanEdits.district(PLAN_2021, d -> ImmutableDistrict.copyOf(d).withPopulation(Optional.empty()));
  }

  @Test
  void aPopulationIsStatedOnlyWhereThePlanGivesOne() {
    assertThat(DistrictPopulation.isStated(withPopulationAndSocialWorkers(PLAN_2021, 20_000, "5"))).isTrue();
    assertThat(DistrictPopulation.isStated(unstated())).isFalse();
  }

  @Test
  void noPopulationIsDerivedWhenAMemberHasNoCodeOrThePlanDeclaresMoreMunicipalitiesThanItLists() {
    ZonePlan withoutCode = PlanEdits.district(unstated(), d -> ImmutableDistrict.copyOf(d).withMunicipalities(
        d.municipalities().stream().map(m -> m == d.municipalities().get(0)
            ? ImmutableMunicipality.copyOf(m).withIstatCode(Optional.empty()) : m)
            .collect(ImmutableList.toImmutableList())));
    assertThat(DistrictPopulation.of(withoutCode, MunicipalityRegistry::italy)).isEmpty();
    int listed = PLAN_2021.district().municipalities().size();
    ZonePlan moreDeclared = PlanEdits.copy(unstated()).withDeclaredCounts(DeclaredCount.builder()
        .subject(CountedSubject.MUNICIPALITIES).value(listed + 1).statedAs((listed + 1) + " Comuni").build());
    assertThat(DistrictPopulation.of(moreDeclared, MunicipalityRegistry::italy)).isEmpty();
    ZonePlan asManyDeclared = PlanEdits.copy(unstated()).withDeclaredCounts(DeclaredCount.builder()
        .subject(CountedSubject.MUNICIPALITIES).value(listed).statedAs(listed + " Comuni").build());
    assertThat(DistrictPopulation.of(asManyDeclared, MunicipalityRegistry::italy)).isPresent();
  }

  @Test
  void onlySocialWorkersOnTheLatestDateAreCounted() {
    // Illustrative staffing: 5 FTE social workers at the end of 2020, 2 at the end of 2019, and
    // 10 FTE educators, which the social-worker level does not count.
    ZonePlan plan = PlanEdits.copy(withPopulationAndSocialWorkers(PLAN_2021, 20_000, "5")).withSocialServiceStaff(
        StaffPosition.builder().profession(Profession.SOCIAL_WORKER).fullTimeEquivalents(new BigDecimal("2"))
            .contractKind(ContractKind.PERMANENT).asOf(LocalDate.of(2019, 12, 31)).build(),
        StaffPosition.builder().profession(Profession.SOCIAL_WORKER).fullTimeEquivalents(new BigDecimal("5"))
            .contractKind(ContractKind.PERMANENT).asOf(LocalDate.of(2020, 12, 31)).build(),
        StaffPosition.builder().profession(Profession.EDUCATOR).fullTimeEquivalents(new BigDecimal("10"))
            .contractKind(ContractKind.PERMANENT).asOf(LocalDate.of(2021, 6, 30)).build());
    assertThat(StandardRules.validator().validate(plan)).hasNoFinding("SOCIAL_WORKERS_BELOW_LEPS")
        .hasNoFinding("SOCIAL_WORKERS_BELOW_TARGET");
    ZonePlan educatorsOnly = PlanEdits.copy(withPopulationAndSocialWorkers(PLAN_2021, 20_000, "5")).withSocialServiceStaff(
        StaffPosition.builder().profession(Profession.EDUCATOR).fullTimeEquivalents(new BigDecimal("10"))
            .contractKind(ContractKind.PERMANENT).asOf(LocalDate.of(2021, 6, 30)).build());
    assertThat(StandardRules.validator().validate(educatorsOnly)).hasFinding("SOCIAL_WORKERS_BELOW_LEPS")
        .withValue("ratio", "-");
  }

  @Test
  void aPlanWithoutActionsIsNotAskedForLepsTags() {
    ZonePlan noActions = PlanEdits.copy(PLAN_2021).withObjectives(PLAN_2021.objectives().stream()
        .map(o -> ImmutableObjective.copyOf(o).withActions())
        .collect(ImmutableList.toImmutableList()));
    assertThat(StandardRules.validator().validate(noActions)).hasNoFinding("ESSENTIAL_LEPS_NOT_TAGGED");
    ZonePlan untagged = PlanEdits.copy(PLAN_2021).withObjectives(PLAN_2021.objectives().stream()
        .map(o -> ImmutableObjective.copyOf(o).withActions(o.actions().stream()
            .map(a -> ImmutableAction.copyOf(a).withLeps())
            .collect(ImmutableList.toImmutableList())))
        .collect(ImmutableList.toImmutableList()));
    assertThat(StandardRules.validator().validate(untagged)).hasFinding("ESSENTIAL_LEPS_NOT_TAGGED").at("/objectives");
  }
}
