package it.pianodizona.rules;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.model.common.DateWindow;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.common.PlanPeriod;
import it.pianodizona.model.territory.Region;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classes left in the root package for integrators answer as their replacements in
 * {@code rules.spi} and {@code rules.profile} do, until they are removed in 1.0. Dates: the Crema
 * plan's triennium 2015-2017 (seed 002).
 */
@SuppressWarnings("removal")
class DeprecatedForwardersTest {

  private static final PlanPeriod TRIENNIUM = PlanPeriod.ofYears(2015, 2017);

  @Test
  void planDatesAnswersAsTheSpisPlanDates() {
    PartialDate after = PartialDate.parse("2018-01");
    PartialDate within = PartialDate.parse("2016-06");
    assertThat(PlanDates.outside(after, TRIENNIUM)).isTrue();
    assertThat(PlanDates.outside(within, TRIENNIUM)).isFalse();

    DateWindow window = DateWindow.of(PartialDate.parse("2015"), PartialDate.parse("2017"));
    assertThat(PlanDates.outside(after, LocalDate.of(2018, 6, 30), window)).isTrue();
    assertThat(PlanDates.outside(PartialDate.parse("2014"), LocalDate.of(2015, 3, 31), window)).isFalse();

    assertThat(PlanDates.notAfter(within, LocalDate.of(2016, 6, 30))).isTrue();
    assertThat(PlanDates.notAfter(within, LocalDate.of(2016, 6, 29))).isFalse();
    assertThat(PlanDates.notAfter(within, LocalDate.of(2016, 6, 29)))
        .isEqualTo(it.pianodizona.rules.spi.PlanDates.notAfter(within, LocalDate.of(2016, 6, 29)));
  }

  @Test
  void regionalProfilesAnswersAsTheProfilePackagesRegionalProfiles() {
    assertThat(RegionalProfiles.national()).isEqualTo(it.pianodizona.rules.profile.RegionalProfiles.national());
    assertThat(RegionalProfiles.lombardia()).isEqualTo(it.pianodizona.rules.profile.RegionalProfiles.lombardia());
    assertThat(RegionalProfiles.puglia()).isEqualTo(it.pianodizona.rules.profile.RegionalProfiles.puglia());
    assertThat(RegionalProfiles.emiliaRomagna())
        .isEqualTo(it.pianodizona.rules.profile.RegionalProfiles.emiliaRomagna());
    assertThat(RegionalProfiles.forRegion(Region.LOMBARDIA)).isEqualTo(RegionalProfiles.lombardia());
    assertThat(RegionalProfiles.forRegion(Region.TOSCANA))
        .isEqualTo(it.pianodizona.rules.profile.RegionalProfiles.forRegion(Region.TOSCANA));
    assertThat(RegionalProfiles.all()).isEqualTo(it.pianodizona.rules.profile.RegionalProfiles.all()).isNotEmpty();
    assertThat(RegionalProfiles.RUNTS_OPERATIONAL_FROM).isEqualTo(LocalDate.of(2021, 11, 23));
  }

  @Test
  void jsonPointersAnswersAsTheSpisJsonPointers() {
    assertThat(JsonPointers.of("objectives", 3, "milestones", 1)).isEqualTo("/objectives/3/milestones/1");
    assertThat(JsonPointers.append("/objectives/3", "milestones", 1)).isEqualTo("/objectives/3/milestones/1");
    assertThat(JsonPointers.isUnder("/objectives/3/milestones/1", "/objectives/3")).isTrue();
    assertThat(JsonPointers.isUnder("/objectives/30", "/objectives/3")).isFalse();
    assertThat(JsonPointers.segments("/objectives/3/milestones/1")).isEqualTo(List.of("objectives", "3", "milestones", "1"));
    assertThat(JsonPointers.ROOT).isEmpty();
  }
}
