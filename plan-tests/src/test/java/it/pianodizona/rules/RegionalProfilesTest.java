package it.pianodizona.rules;

import static it.pianodizona.testkit.assertions.ReportAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.common.PlanPeriod;
import it.pianodizona.model.governance.GovernanceBodyKind;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.profile.PlanningCycle;
import it.pianodizona.rules.profile.RegionalProfile;
import it.pianodizona.rules.profile.RegionalProfiles;
import it.pianodizona.rules.standard.StandardRules;
import it.pianodizona.testkit.mutators.Mutators;
import it.pianodizona.testkit.mutators.PlanEdits;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The regional profiles: their parameters, how the plan's region picks one, and how a user changes them. */
class RegionalProfilesTest {

  /** A generated Lombardia plan of the 2021-2023 cycle. */
  private static ZonePlan lombardia2021() {
    return LongStream.range(0, 100)
        .mapToObj(seed -> PlanGenerator.generate(seed, PlanShape.cremaSized(Region.LOMBARDIA)))
        .filter(p -> p.period().start().getYear() == 2021).findFirst().orElseThrow();
  }

  private static ZonePlan signedOn(ZonePlan plan, LocalDate day) {
    return PlanEdits.agreement(plan, a -> a.withSignatureDate(day)).orElseThrow();
  }

  @Test
  void theStandardProfilesHoldTheDomainNotesParameters() {
    RegionalProfile lombardia = RegionalProfiles.lombardia();
    assertThat(lombardia.cycles()).extracting(PlanningCycle::label).containsExactly("2012-2014", "2015-2017", "2018-2020", "2021-2023", "2025-2027");
    PlanningCycle cycle = lombardia.cycles().get(3);
    assertThat(cycle.agreementSignatureDeadline()).contains(LocalDate.of(2021, 12, 31));
    assertThat(cycle.extendedSignatureDeadline()).contains(LocalDate.of(2022, 2, 28));
    assertThat(cycle.effectiveSignatureDeadline()).contains(LocalDate.of(2022, 2, 28));
    assertThat(cycle.signatoriesRequireHealthcareTrust()).isTrue();
    assertThat(lombardia.cycles().get(1).signatoriesRequireHealthcareTrust()).isFalse();
    assertThat(lombardia.decisionBodyKinds()).containsExactly(GovernanceBodyKind.MAYORS_ASSEMBLY);
    assertThat(lombardia.adherenceReference()).isEqualTo("l.r. Lombardia 3/2008 art. 18 c.7");

    assertThat(RegionalProfiles.puglia().cycles()).singleElement()
        .satisfies(c -> assertThat(c.requiredStrategicAreas()).hasSize(7));
    assertThat(RegionalProfiles.national().cycles()).isEmpty();
    assertThat(RegionalProfiles.emiliaRomagna().legalBasis()).isEqualTo("L.R. Emilia-Romagna 2/2003");
    assertThat(RegionalProfiles.all()).extracting(RegionalProfile::id)
        .containsExactly("national", "lombardia", "puglia", "emilia-romagna");
  }

  @Test
  void theRegionPicksTheProfile() {
    assertThat(RegionalProfiles.forRegion(Region.LOMBARDIA)).isSameAs(RegionalProfiles.lombardia());
    assertThat(RegionalProfiles.forRegion(Region.PUGLIA)).isSameAs(RegionalProfiles.puglia());
    assertThat(RegionalProfiles.forRegion(Region.EMILIA_ROMAGNA)).isSameAs(RegionalProfiles.emiliaRomagna());
    assertThat(RegionalProfiles.forRegion(Region.SICILIA)).isSameAs(RegionalProfiles.national());
  }

  @Test
  void anAgreementSignedWithinTheExtensionIsOnTimeUnlessTheUserDropsTheExtension() {
    ZonePlan plan = signedOn(lombardia2021(), LocalDate.of(2022, 2, 15));
    assertThat(StandardRules.validator().validate(plan)).hasNoFindings();

    RegionalProfile strict = RegionalProfiles.lombardia().withCycle(PlanningCycle.builder()
        .from(RegionalProfiles.lombardia().cycleFor(plan.period()).orElseThrow())
        .extendedSignatureDeadline(Optional.empty())
        .build());
    ValidationReport report = StandardRules.validator(ValidationOptions.builder()
        .putRegionalProfiles(Region.LOMBARDIA, strict).build()).validate(plan);
    assertThat(report).hasOnlyFindingsOf("AGREEMENT_SIGNED_LATE");
    assertThat(report).hasFinding("AGREEMENT_SIGNED_LATE").at("/agreement/signatureDate")
        .withValue("deadline", LocalDate.of(2021, 12, 31))
        .withReference("DGR XI/4563 del 19/04/2021, linee di indirizzo per la programmazione sociale 2021-2023")
        .withMessage("L'accordo è stato sottoscritto il 15/02/2022, dopo il termine regionale del 31/12/2021 "
            + "previsto per questo ciclo.");
  }

  @Test
  void anAgreementSignedAfterTheExtensionIsLate() {
    ZonePlan plan = signedOn(lombardia2021(), LocalDate.of(2022, 3, 1));
    assertThat(StandardRules.validator().validate(plan)).hasOnlyFindingsOf("AGREEMENT_SIGNED_LATE")
        .hasFinding("AGREEMENT_SIGNED_LATE").withValue("deadline", LocalDate.of(2022, 2, 28));
  }

  @Test
  void aUserCanAddACycleOrLiftTheParticipationRequirement() {
    ZonePlan emilia = PlanGenerator.generate(3, PlanShape.cremaSized(Region.EMILIA_ROMAGNA));
    RegionalProfile withCycle = RegionalProfiles.emiliaRomagna().withCycle(PlanningCycle.of(2018, 2020));
    ValidationReport report = StandardRules.validator(ValidationOptions.builder()
        .putRegionalProfiles(Region.EMILIA_ROMAGNA, withCycle).build()).validate(emilia);
    // A 2021-2023 plan under a profile that knows only 2018-2020: a cycle it does not know (issue 15).
    assertThat(report).hasOnlyFindingsOf("PLAN_CYCLE_UNKNOWN");
    RegionalProfile overlapping = RegionalProfiles.emiliaRomagna().withCycle(PlanningCycle.of(2020, 2022));
    assertThat(StandardRules.validator(ValidationOptions.builder()
        .putRegionalProfiles(Region.EMILIA_ROMAGNA, overlapping).build()).validate(emilia))
        .hasOnlyFindingsOf("PLAN_PERIOD_OFF_CYCLE");

    ZonePlan outsider = Mutators.forRule("ADHERENT_DID_NOT_PARTICIPATE").apply(emilia, 0).orElseThrow().plan();
    RegionalProfile lenient = RegionalProfile.builder().from(RegionalProfiles.emiliaRomagna())
        .adherentsMustHaveParticipated(false).build();
    assertThat(StandardRules.validator().validate(outsider)).hasFinding("ADHERENT_DID_NOT_PARTICIPATE");
    assertThat(StandardRules.validator(ValidationOptions.builder().profile(lenient).build()).validate(outsider))
        .hasNoFindings();
  }

  @Test
  void lombardiaKnowsTheCurrentCycleAndTheExtensionOf2021Into2024() {
    RegionalProfile lombardia = RegionalProfiles.lombardia();
    PlanningCycle current = lombardia.cycleFor(PlanPeriod.ofYears(2025, 2027)).orElseThrow();
    assertThat(current.guidelines()).hasValueSatisfying(g -> assertThat(g).contains("XII/2167"));
    assertThat(current.toVerify()).contains("guidelines", "signatureDeadline");
    assertThat(current.agreementSignatureDeadline()).isEmpty();
    PlanningCycle previous = lombardia.cycleFor(PlanPeriod.ofYears(2021, 2023)).orElseThrow();
    assertThat(previous.matches(PlanPeriod.ofYears(2021, 2024))).isTrue();
    assertThat(previous.matches(PlanPeriod.ofYears(2021, 2025))).isFalse();
    assertThat(lombardia.knowsPeriod(PlanPeriod.ofYears(2028, 2030))).isFalse();
    assertThat(lombardia.knowsPeriod(PlanPeriod.ofYears(2024, 2026))).isTrue();
    assertThat(RegionalProfiles.puglia().regionalPlan()).hasValueSatisfying(p -> assertThat(p).contains("2022-2024"));
  }

  @Test
  void aProfileGivenForARegionMustBeThatRegions() {
    assertThatThrownBy(() -> ValidationOptions.builder()
        .putRegionalProfiles(Region.PUGLIA, RegionalProfiles.lombardia()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PUGLIA");
    assertThatThrownBy(() -> PlanningCycle.builder().firstYear(Year.of(2023)).lastYear(Year.of(2021)).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RegionalProfiles.lombardia().withCycle(PlanningCycle.of(2021, 2023)).cycles())
        .hasSize(5).element(3).isEqualTo(PlanningCycle.of(2021, 2023));
  }
}
