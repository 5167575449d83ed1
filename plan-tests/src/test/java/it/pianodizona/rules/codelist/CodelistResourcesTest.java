package it.pianodizona.rules.codelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.pianodizona.model.budget.FundingSource;
import it.pianodizona.model.budget.FundingSourceKind;
import it.pianodizona.model.territory.Region;
import java.io.IOException;
import java.io.StringReader;
import java.time.Year;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The codelists of funds and health bodies as their resources give them (the figures and acts are
 * those of {@code funds.properties} and {@code health-bodies.properties}, with their sources), and
 * the reading of a codelist resource afresh: the codelists themselves are read once, when their
 * class is loaded.
 */
class CodelistResourcesTest {

  private static Fund fund(String id) {
    return Fund.all().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void theFundsAreReadWithTheirYearsAndActs() {
    assertThat(Fund.all()).extracting(Fund::id).containsExactly("FNPS", "POVERTY_FUND", "FNA", "PNRR_M5C2", "REGIONAL_FUND");
    Fund pnrr = fund("PNRR_M5C2");
    assertThat(pnrr.kinds()).containsExactlyInAnyOrder(FundingSourceKind.EUROPEAN_FUNDS, FundingSourceKind.OTHER);
    assertThat(pnrr.citation()).startsWith("Reg. (UE) 2021/241");
    assertThat(pnrr.toVerify()).containsExactlyInAnyOrder("from", "until");
    assertThat(pnrr.years()).isEqualTo("2021-2026");
    assertThat(fund("FNPS").years()).isEqualTo("1998-");
    assertThat(fund("REGIONAL_FUND").years()).isEqualTo("-");
  }

  @Test
  void aFundExistedFromItsFirstYearToItsLastAndAlwaysWhereTheCodelistGivesNoBound() {
    Fund pnrr = fund("PNRR_M5C2");
    assertThat(pnrr.existedIn(Year.of(2020))).isFalse();
    assertThat(pnrr.existedIn(Year.of(2021))).isTrue();
    assertThat(pnrr.existedIn(Year.of(2026))).isTrue();
    assertThat(pnrr.existedIn(Year.of(2027))).isFalse();
    assertThat(fund("REGIONAL_FUND").existedIn(Year.of(1990))).isTrue();
    assertThat(fund("POVERTY_FUND").existedIn(Year.of(2015))).isFalse();
  }

  @Test
  void aFundWithALabelPatternIsNamedOnlyByALineWhoseLabelMatches() {
    FundingSource pnrr = FundingSource.builder().kind(FundingSourceKind.EUROPEAN_FUNDS).label("PNRR M5C2 1.1.2").build();
    FundingSource esf = FundingSource.builder().kind(FundingSourceKind.EUROPEAN_FUNDS).label("FSE+ 2021-2027").build();
    FundingSource unlabelled = FundingSource.of(FundingSourceKind.EUROPEAN_FUNDS);
    assertThat(Fund.named(pnrr)).map(Fund::id).contains("PNRR_M5C2");
    assertThat(Fund.named(esf)).isEmpty();
    assertThat(Fund.named(unlabelled)).isEmpty();
    assertThat(Fund.named(FundingSource.of(FundingSourceKind.FNA))).map(Fund::id).contains("FNA");
  }

  @Test
  void theHealthBodiesOfLombardiaAreTheAslUntil2015AndTheAtsAndAsstFrom2016() {
    assertThat(HealthBodyKind.all()).filteredOn(k -> k.region() == Region.LOMBARDIA).extracting(HealthBodyKind::id)
        .containsExactly("ASL", "ATS", "ASST");
  }

  @Test
  void aCodelistResourceIsReadWithBlanksAbsentAndListsTrimmed() throws IOException {
    Properties p = Resources.load("funds.properties");
    assertThat(Resources.list(p, "funds")).startsWith("FNPS", "POVERTY_FUND");
    assertThat(Resources.required(p, "FNA.from")).isEqualTo("2007");
    Properties blanks = new Properties();
    blanks.load(new StringReader("a=  \nb= x \nlist= one , ,two\n"));
    assertThat(Resources.text(blanks, "a")).isEmpty();
    assertThat(Resources.text(blanks, "b")).contains("x");
    assertThat(Resources.list(blanks, "list")).containsExactly("one", "two");
    assertThat(Resources.list(blanks, "none")).isEmpty();
    assertThatThrownBy(() -> Resources.required(blanks, "a")).isInstanceOf(IllegalStateException.class)
        .hasMessage("codelist key a is missing");
  }

  @Test
  void aConstantIsLookedUpByItsExactNameAndAnUnknownOneIsRefused() {
    assertThat(Resources.constant(FundingSourceKind.class, "FNA")).isSameAs(FundingSourceKind.FNA);
    assertThat(Resources.constant(FundingSourceKind.class, "POVERTY_FUND")).isSameAs(FundingSourceKind.POVERTY_FUND);
    assertThatThrownBy(() -> Resources.constant(FundingSourceKind.class, "fna")).isInstanceOf(IllegalStateException.class)
        .hasMessage("codelist names no FundingSourceKind fna");
  }

  @Test
  void aMissingCodelistResourceIsRefusedNamingIt() {
    assertThatThrownBy(() -> Resources.load("nowhere.properties")).isInstanceOf(IllegalStateException.class)
        .hasMessage("codelist resource nowhere.properties is missing");
  }
}
