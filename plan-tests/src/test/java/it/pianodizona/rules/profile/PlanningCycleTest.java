package it.pianodizona.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import it.pianodizona.model.common.PlanPeriod;
import it.pianodizona.model.governance.GovernanceBodyKind;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/**
 * A planning cycle's years, extension and deadlines, and a profile's checks, on Lombardia's
 * 2021-2023 cycle as its resource gives it (extended to 2024; signature deadline 31/12/2021,
 * extended to 28/02/2022).
 */
class PlanningCycleTest {

  private static final PlanningCycle LOMBARDIA_2021 = PlanningCycle.builder().firstYear(Year.of(2021))
      .lastYear(Year.of(2023)).extendedLastYear(Year.of(2024))
      .agreementSignatureDeadline(LocalDate.of(2021, 12, 31)).extendedSignatureDeadline(LocalDate.of(2022, 2, 28))
      .build();

  private static PlanPeriod years(int first, int last) {
    return PlanPeriod.of(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
  }

  @Test
  void aPeriodOverlapsTheCycleFromItsFirstYearToTheLastYearOfItsExtension() {
    assertThat(LOMBARDIA_2021.overlaps(years(2018, 2021))).isTrue();
    assertThat(LOMBARDIA_2021.overlaps(years(2024, 2026))).isTrue();
    assertThat(LOMBARDIA_2021.overlaps(years(2018, 2020))).isFalse();
    assertThat(LOMBARDIA_2021.overlaps(years(2025, 2027))).isFalse();
    assertThat(PlanningCycle.of(2021, 2023).overlaps(years(2024, 2026))).isFalse();
  }

  @Test
  void aPlanToTheExtensionsLastYearStillMatchesTheCycle() {
    assertThat(LOMBARDIA_2021.matches(years(2021, 2023))).isTrue();
    assertThat(LOMBARDIA_2021.matches(years(2021, 2024))).isTrue();
    assertThat(LOMBARDIA_2021.matches(years(2021, 2025))).isFalse();
    assertThat(LOMBARDIA_2021.effectiveSignatureDeadline()).contains(LocalDate.of(2022, 2, 28));
    assertThat(LOMBARDIA_2021.coveredUntil()).isEqualTo(Year.of(2024));
  }

  @Test
  void anExtensionMayFallOnTheDeadlineButNotBeforeIt() {
    assertThat(PlanningCycle.builder().from(LOMBARDIA_2021).extendedSignatureDeadline(LocalDate.of(2021, 12, 31))
        .build().effectiveSignatureDeadline()).contains(LocalDate.of(2021, 12, 31));
    assertThatThrownBy(() -> PlanningCycle.builder().from(LOMBARDIA_2021)
        .extendedSignatureDeadline(LocalDate.of(2021, 12, 30)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an extension cannot come before the deadline it extends");
  }

  @Test
  void anExtensionOfTheCycleEndsAfterTheCycle() {
    assertThatThrownBy(() -> PlanningCycle.builder().from(LOMBARDIA_2021).extendedLastYear(Year.of(2023)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a cycle's extension (Optional[2023]) must end after the cycle (2023)");
  }

  @Test
  void aCycleNeedsNoHealthcareTrustUnlessItsResourceSaysSo() {
    assertThat(PlanningCycle.of(2015, 2017).signatoriesRequireHealthcareTrust()).isFalse();
  }

  private static ImmutableRegionalProfile.Builder profile() {
    return RegionalProfile.builder().from(RegionalProfiles.national());
  }

  @Test
  void aProfileExpectsAdherentsToHaveTakenPartAndEveryMunicipalityAndTheHealthAuthorityToSignUnlessItSaysOtherwise() {
    RegionalProfile plain = RegionalProfile.builder().id("test").name("illustrative").legalBasis("L. 328/2000")
        .cycleReference("L. 328/2000 art. 19").adherenceReference("L. 328/2000 art. 19 c.3")
        .signatureReference("L. 328/2000 art. 19 c.2").addDecisionBodyKinds(GovernanceBodyKind.MAYORS_ASSEMBLY)
        .decisionBodyReference("L. 328/2000 art. 19").runtsOperationalFrom(LocalDate.of(2021, 11, 23)).build();
    assertThat(plain.adherentsMustHaveParticipated()).isTrue();
    assertThat(plain.allMunicipalitiesSign()).isTrue();
    assertThat(plain.healthAuthoritySigns()).isTrue();
  }

  @Test
  void aProfileNamesADecisionBodyAndNoTwoCyclesStartTheSameYear() {
    assertThatThrownBy(() -> profile().decisionBodyKinds(ImmutableSet.of()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("profile national names no decision body kind");
    assertThatThrownBy(() -> profile().addCycles(PlanningCycle.of(2021, 2023), PlanningCycle.of(2021, 2024)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("profile national has two cycles starting the same year");
  }
}
