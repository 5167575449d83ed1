package it.pianodizona.overview;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.io.PlanJson;
import it.pianodizona.model.PlanStatus;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.ValidationOptions;
import it.pianodizona.rules.ValidationReport;
import it.pianodizona.rules.standard.StandardRules;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rows of the five bundled plans (examples/plans), checked against figures computed by hand
 * from the files and from the ISTAT registry (2011 census legal population).
 */
class BundledPlansOverviewTest {

  private static final Path PLANS = Path.of("../examples/plans");
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
  private static Overview overview;

  @BeforeAll
  static void summariseTheBundledPlans() {
    PlanFinder.Found found = PlanFinder.find(List.of(PLANS), false);
    assertThat(found.problems()).isEmpty();
    overview = PlanSummariser.standard(AS_OF).overview(found.files(), 2, done -> { });
  }

  private static PlanRow row(String file) {
    return overview.rows().stream().filter(r -> r.source().endsWith(file)).findFirst().orElseThrow();
  }

  @Test
  void everyBundledPlanIsOneReadableRow() {
    assertThat(overview.rows()).hasSize(5).allMatch(PlanRow::isReadable);
  }

  @Test
  void cremasBudgetPerYearIsTheSumOfItsTenLinesOfThatYear() {
    PlanRow crema = row("crema-2015-2017.json");
    // 2015: 15000 + 15000 + 40000 + 300000 + 60000 + 53248 + 3743666.23 + 304070.87 + 350000
    //       + 384503.12 = 5265488.22; 2016 and 2017 differ only in the fund of 3743666.23, which
    //       becomes 5543666.23 and 6543666.23 (+1800000 and +2800000).
    assertThat(crema.budgetByYear()).containsExactly(
        java.util.Map.entry(Year.of(2015), Money.of("5265488.22")),
        java.util.Map.entry(Year.of(2016), Money.of("7065488.22")),
        java.util.Map.entry(Year.of(2017), Money.of("8065488.22")));
    assertThat(crema.budgetYearsUnknown()).isEmpty();
    assertThat(crema.budgetTotal()).contains(Money.of("20396464.66"));
    // 20396464.66 / 3 = 6798821.5533...
    assertThat(crema.budgetPerYear()).contains(Money.of("6798821.55"));
  }

  @Test
  void cremasPopulationIsItsOnlyListedMunicipalityFromTheRegistry() {
    PlanRow crema = row("crema-2015-2017.json");
    // The plan lists only Crema (ISTAT 019035): 33091 inhabitants at the 2011 census.
    assertThat(crema.municipalitiesListed()).isEqualTo(1);
    assertThat(crema.municipalitiesDeclared()).isEmpty();
    assertThat(crema.population()).contains(33091);
    assertThat(crema.populationBasis()).contains(PopulationBasis.REGISTRY);
    // 6798821.55 / 33091 = 205.4580...
    assertThat(crema.budgetPerInhabitant()).contains(Money.of("205.46"));
  }

  @Test
  void cremasOtherFiguresComeFromTheFile() {
    PlanRow crema = row("crema-2015-2017.json");
    assertThat(crema.region()).contains(Region.LOMBARDIA);
    assertThat(crema.districtName()).contains("Ambito Distrettuale di Crema");
    assertThat(crema.status()).contains(PlanStatus.AGREEMENT_SIGNED);
    assertThat(crema.objectives()).isEqualTo(10);
    // Indicators per objective: 5 + 6 + 3 + 4 + 7 + 2 + 2 + 1 + 3 + 2.
    assertThat(crema.indicators()).isEqualTo(35);
    assertThat(crema.governanceBodies()).isEqualTo(9);
    assertThat(crema.agreementState()).isEqualTo(AgreementState.SIGNED);
    assertThat(crema.signatureDate()).contains(LocalDate.of(2015, 4, 30));
  }

  @Test
  void fasanosPopulationIsTheSumOfItsThreeMunicipalitiesButItsBudgetIsUnknown() {
    PlanRow fasano = row("fasano-2022-2024.json");
    // Fasano 39482 + Cisternino 11745 + Ostuni 31860 (2011 census).
    assertThat(fasano.population()).contains(83087);
    assertThat(fasano.budgetByYear()).isEmpty();
    assertThat(fasano.budgetYearsUnknown()).containsExactly(Year.of(2022), Year.of(2023), Year.of(2024));
    assertThat(fasano.budgetTotal()).isEmpty();
    assertThat(fasano.budgetPerYear()).isEmpty();
    assertThat(fasano.budgetPerInhabitant()).isEmpty();
    assertThat(fasano.agreementState()).isEqualTo(AgreementState.NONE);
  }

  @Test
  void ennasTotalIsItsAmountForTheWholePeriodWhileEachYearStaysUnknown() {
    PlanRow enna = row("enna-d22-2018-2019.json");
    // Enna 27894 + Calascibetta 4628 + Catenanuova 4999 + Centuripe 5599 + Valguarnera Caropepe
    // 8182 + Villarosa 5130 (2011 census); the plan declares "sei comuni" and lists all six.
    assertThat(enna.population()).contains(56432);
    assertThat(enna.populationBasis()).contains(PopulationBasis.REGISTRY);
    // The only amount is the 2018-2019 allocation of D.D.G. 2469/2018: 350543.15 for both years.
    assertThat(enna.budgetByYear()).isEmpty();
    assertThat(enna.budgetYearsUnknown()).containsExactly(Year.of(2018), Year.of(2019));
    assertThat(enna.budgetTotal()).contains(Money.of("350543.15"));
    // 350543.15 / 2 = 175271.575, half even to 175271.58; / 56432 = 3.1058...
    assertThat(enna.budgetPerYear()).contains(Money.of("175271.58"));
    assertThat(enna.budgetPerInhabitant()).contains(Money.of("3.11"));
    assertThat(enna.agreementState()).isEqualTo(AgreementState.NONE);
  }

  @Test
  void ogliPosTwoListedMunicipalitiesOfTwentySevenGiveNoPopulation() {
    PlanRow oglioPo = row("oglio-po-2021-2023.json");
    assertThat(oglioPo.municipalitiesDeclared()).contains(27);
    assertThat(oglioPo.municipalitiesListed()).isEqualTo(2);
    assertThat(oglioPo.population()).isEmpty();
    assertThat(oglioPo.governanceBodies()).isEqualTo(4);
    assertThat(oglioPo.agreementState()).isEqualTo(AgreementState.UNSIGNED);
  }

  @Test
  void aDistrictThatNamesNoMunicipalityHasNoPopulation() {
    PlanRow emilia = row("emilia-romagna-district.json");
    assertThat(emilia.municipalitiesListed()).isZero();
    assertThat(emilia.population()).isEmpty();
    assertThat(emilia.budgetPerYear()).isEmpty();
  }

  @Test
  void findingsAreThoseOfTheValidatorAsOfTheSameDate() throws IOException {
    for (PlanRow row : overview.rows()) {
      ValidationReport report = StandardRules.validator(ValidationOptions.builder().asOf(AS_OF).build())
          .validate(PlanJson.read(Path.of(row.source()))).active();
      for (Severity s : Severity.values()) {
        assertThat(row.findings(s)).as("%s %s", row.source(), s).isEqualTo(report.count(s));
      }
      assertThat(row.findingsByRule().keySet()).containsExactlyInAnyOrderElementsOf(report.ruleIds());
      assertThat(row.findingsByRule().values().stream().mapToInt(Integer::intValue).sum())
          .isEqualTo(report.findings().size());
    }
  }

  @Test
  void lombardysSummaryHasCremaAndOglioPo() {
    RegionSummary lombardia = overview.regions().get(Region.LOMBARDIA);
    assertThat(lombardia.plans()).isEqualTo(2);
    assertThat(lombardia.municipalitiesListed()).isEqualTo(3);
    // Only Crema's population is known: the statistics are of one value, not of a zero.
    assertThat(lombardia.population().count()).isEqualTo(1);
    assertThat(lombardia.population().median()).contains(BigDecimal.valueOf(33091));
    assertThat(lombardia.budgetPerInhabitant().median()).contains(new BigDecimal("205.46"));
    assertThat(overview.regions().keySet())
        .containsExactly(Region.LOMBARDIA, Region.EMILIA_ROMAGNA, Region.PUGLIA, Region.SICILIA);
  }

  @Test
  void theNationalSummaryKnowsThreePopulationsOfFive() {
    RegionSummary national = overview.national();
    assertThat(national.region()).isEmpty();
    assertThat(national.files()).isEqualTo(5);
    assertThat(national.population().count()).isEqualTo(3);
    assertThat(national.population().sum()).contains(BigDecimal.valueOf(33091 + 83087 + 56432));
    assertThat(national.budgetPerYear().count()).isEqualTo(2);
    assertThat(national.agreements().get(AgreementState.SIGNED)).isEqualTo(1);
  }

  @Test
  void theRuleByRegionMatrixAddsUpToTheFindings() {
    int inMatrix = overview.findingsByRuleAndRegion().values().stream().mapToInt(Integer::intValue).sum();
    int inRows = overview.rows().stream()
        .mapToInt(r -> r.findingsByRule().values().stream().mapToInt(Integer::intValue).sum()).sum();
    assertThat(inMatrix).isEqualTo(inRows);
    overview.findingsByRuleAndRegion().cellSet().forEach(cell ->
        assertThat(Optional.ofNullable(overview.regions().get(cell.getColumnKey()))
            .map(s -> s.findingsByRule().get(cell.getRowKey()))).contains(cell.getValue()));
  }
}
