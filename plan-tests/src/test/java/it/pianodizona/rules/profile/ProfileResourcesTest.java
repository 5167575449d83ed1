package it.pianodizona.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.Year;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The profile resources read afresh (the profiles themselves are read once, when the class that
 * holds them is loaded): every key of a cycle, blanks as absent, and a malformed resource refused
 * with the key at fault. The figures are those of the resources, whose comments give their sources.
 */
class ProfileResourcesTest {

  private static Properties properties(String text) throws IOException {
    Properties p = new Properties();
    p.load(new StringReader(text));
    return p;
  }

  @Test
  void theLombardiaCyclesAreReadWithEveryKeyTheResourceGives() {
    var cycles = ProfileResources.cycles("lombardia");
    assertThat(cycles).extracting(PlanningCycle::label)
        .containsExactly("2012-2014", "2015-2017", "2018-2020", "2021-2023", "2025-2027");
    PlanningCycle cycle = cycles.get(3);
    assertThat(cycle.firstYear()).isEqualTo(Year.of(2021));
    assertThat(cycle.lastYear()).isEqualTo(Year.of(2023));
    assertThat(cycle.guidelines()).hasValueSatisfying(g -> assertThat(g).startsWith("DGR XI/4563 del 19/04/2021"));
    assertThat(cycle.agreementSignatureDeadline()).contains(LocalDate.of(2021, 12, 31));
    assertThat(cycle.signatureDeadlineReference()).hasValueSatisfying(r -> assertThat(r).contains("31/12/2021"));
    assertThat(cycle.extendedSignatureDeadline()).contains(LocalDate.of(2022, 2, 28));
    assertThat(cycle.extensionReference()).hasValueSatisfying(r -> assertThat(r).contains("28/02/2022"));
    assertThat(cycle.extendedLastYear()).contains(Year.of(2024));
    assertThat(cycle.cycleExtensionReference()).hasValueSatisfying(r -> assertThat(r).contains("31/12/2024"));
    assertThat(cycle.signatoriesRequireHealthcareTrust()).isTrue();
    assertThat(cycle.toVerify()).containsExactlyInAnyOrder("guidelines", "extendedLastYear");
    assertThat(cycles.get(0).toVerify()).isEmpty();
    assertThat(cycles.get(0).signatoriesRequireHealthcareTrust()).isFalse();
    assertThat(cycles.get(0).agreementSignatureDeadline()).isEmpty();
    assertThat(cycles).isEqualTo(RegionalProfiles.lombardia().cycles());
  }

  @Test
  void thePugliaCycleNamesItsSevenStrategicAreasAndTheRegionalPlan() {
    PlanningCycle cycle = ProfileResources.cycles("puglia").get(0);
    assertThat(cycle.requiredStrategicAreas()).hasSize(7)
        .startsWith("Accesso e presa in carico", "Famiglie e minori").endsWith("Pari opportunità");
    assertThat(ProfileResources.regionalPlan("puglia"))
        .contains("V Piano regionale delle politiche sociali 2022-2024 (DGR 353/2022)");
    assertThat(ProfileResources.regionalPlan("national")).isEmpty();
  }

  @Test
  void aBlankValueIsAbsentAndAResourceWithoutCyclesHasNone() throws IOException {
    var cycles = ProfileResources.cycles("test", properties("cycles=2021-2023\n2021-2023.guidelines=   \n"));
    assertThat(cycles).singleElement().satisfies(c -> {
      assertThat(c.label()).isEqualTo("2021-2023");
      assertThat(c.guidelines()).isEmpty();
    });
    assertThat(ProfileResources.cycles("test", properties("# no cycles\n"))).isEmpty();
  }

  @Test
  void aCycleThatIsNotFirstDashLastIsRefusedNamingTheProfile() throws IOException {
    for (String label : new String[] {"2021", "-2023"}) {
      Properties p = properties("cycles=" + label + "\n");
      assertThatThrownBy(() -> ProfileResources.cycles("test", p))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("profile test: cycle '" + label + "' is not first-last");
    }
  }

  @Test
  void aDeadlineThatIsNotAnIsoDateIsRefusedNamingItsKey() throws IOException {
    Properties p = properties("cycles=2021-2023\n2021-2023.signatureDeadline=31/12/2021\n");
    assertThatThrownBy(() -> ProfileResources.cycles("test", p))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("profile test: 2021-2023.signatureDeadline is not an ISO date");
  }

  @Test
  void aMissingResourceIsRefusedNamingTheFile() {
    assertThatThrownBy(() -> ProfileResources.load("nowhere"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("profile resource nowhere.properties is missing");
  }
}
