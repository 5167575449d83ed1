package it.pianodizona.rules;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.model.budget.FundingSource;
import it.pianodizona.model.budget.FundingSourceKind;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.codelist.Fund;
import it.pianodizona.rules.codelist.HealthBodyKind;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** The codelists of funds and health bodies in time, as the resources give them. */
class InTimeRulesTest {

  @Test
  void theFondoPovertaExistsFrom2016AndThePnrrIsNamedByItsLabel() {
    Fund poverty = Fund.named(FundingSource.of(FundingSourceKind.POVERTY_FUND)).orElseThrow();
    assertThat(poverty.existedIn(Year.of(2015))).isFalse();
    assertThat(poverty.existedIn(Year.of(2016))).isTrue();
    assertThat(poverty.citation()).contains("208/2015");
    assertThat(Fund.named(FundingSource.builder().kind(FundingSourceKind.EUROPEAN_FUNDS).label("Fondi PNRR M5C2 1.1.1")
        .build())).hasValueSatisfying(f -> assertThat(f.id()).isEqualTo("PNRR_M5C2"));
    assertThat(Fund.named(FundingSource.of(FundingSourceKind.EUROPEAN_FUNDS))).isEmpty();
    assertThat(Fund.all()).allSatisfy(f -> assertThat(f.toVerify()).isNotNull());
  }

  @Test
  void inLombardiaTheAslBecameAtsAndAsstOnTheFirstOf2016() {
    HealthBodyKind asl = HealthBodyKind.of(Region.LOMBARDIA).stream().filter(k -> k.names("ASL di Cremona"))
        .findFirst().orElseThrow();
    assertThat(asl.existedOn(LocalDate.of(2015, 12, 31))).isTrue();
    assertThat(asl.existedOn(LocalDate.of(2016, 1, 1))).isFalse();
    assertThat(HealthBodyKind.of(Region.LOMBARDIA)).filteredOn(k -> k.names("ATS Val Padana")).singleElement()
        .satisfies(k -> assertThat(k.existedOn(LocalDate.of(2015, 6, 1))).isFalse());
    assertThat(HealthBodyKind.of(Region.LOMBARDIA)).filteredOn(k -> k.names("ASST Cremona")).singleElement()
        .satisfies(k -> assertThat(k.id()).isEqualTo("ASST"));
    assertThat(HealthBodyKind.of(Region.PUGLIA)).isEmpty();
  }
}
