package it.pianodizona.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A report and its findings as values: emptiness, the waived findings, the named values and the
 * text a log line shows. The amounts are illustrative.
 */
class ValidationReportTest {

  private static final Finding MISMATCH = Finding.builder()
      .ruleId("BUDGET_TOTAL_MISMATCH").severity(Severity.ERROR).path("/budget/years/0")
      .message("Le voci di budget del 2016 non danno il totale dichiarato.")
      .reference("L. 328/2000 art. 19 c.1")
      .values(ImmutableMap.of("expected", new BigDecimal("1000.00"), "actual", new BigDecimal("999.99"),
          "tolerance", new BigDecimal("0.00"), "year", 2016))
      .build();

  private static final Finding WAIVED = Finding.builder()
      .ruleId("BUDGET_YEAR_MISSING").severity(Severity.WARNING).path("/budget")
      .message("Manca il budget del 2017.")
      .reference("L. 328/2000 art. 19 c.1")
      .waiver(Waiver.of("BUDGET_YEAR_MISSING", "/budget", "bilancio 2017 non ancora approvato"))
      .build();

  private static ValidationReport report(Finding... findings) {
    return ValidationReport.builder().planId("crema-2015-2017").profileId("lombardia")
        .asOf(LocalDate.of(2016, 6, 30)).locale(Locale.ITALIAN).addFindings(findings).build();
  }

  @Test
  void aReportWithoutFindingsIsEmptyAndOneWithAFindingIsNot() {
    assertThat(report().isEmpty()).isTrue();
    assertThat(report(MISMATCH).isEmpty()).isFalse();
    assertThat(report(WAIVED).isEmpty()).isFalse();
  }

  @Test
  void waivedKeepsOnlyTheWaivedFindings() {
    ValidationReport waived = report(MISMATCH, WAIVED).waived();
    assertThat(waived.findings()).containsExactly(WAIVED);
    assertThat(waived.planId()).isEqualTo("crema-2015-2017");
    assertThat(report(MISMATCH).waived().findings()).isEmpty();
  }

  @Test
  void aReportReadsAsOneLinePerFindingUnderItsCounts() {
    assertThat(report(MISMATCH, WAIVED)).hasToString(
        "Report for crema-2015-2017 (lombardia, as of 2016-06-30): {ERROR=1, WARNING=0, INFO=0}\n"
            + "  ERROR BUDGET_TOTAL_MISMATCH at '/budget/years/0': Le voci di budget del 2016 non danno il totale dichiarato.\n"
            + "  WARNING BUDGET_YEAR_MISSING at '/budget' (waived): Manca il budget del 2017.");
  }

  @Test
  void aReportWithoutAnAsOfDateSaysNone() {
    ValidationReport report = ValidationReport.builder().planId("crema-2015-2017").profileId("lombardia")
        .locale(Locale.ITALIAN).build();
    assertThat(report).hasToString("Report for crema-2015-2017 (lombardia): {ERROR=0, WARNING=0, INFO=0}");
  }

  @Test
  void aFindingNamesItsExpectedActualAndToleranceValues() {
    assertThat(MISMATCH.expected()).contains(new BigDecimal("1000.00"));
    assertThat(MISMATCH.actual()).contains(new BigDecimal("999.99"));
    assertThat(MISMATCH.tolerance()).contains(new BigDecimal("0.00"));
    assertThat(WAIVED.expected()).isEmpty();
    assertThat(WAIVED.actual()).isEmpty();
    assertThat(WAIVED.tolerance()).isEmpty();
  }

  @Test
  void aFindingReadsAsSeverityRulePathAndMessageAndSaysWhenItIsWaived() {
    assertThat(MISMATCH).hasToString(
        "ERROR BUDGET_TOTAL_MISMATCH at '/budget/years/0': Le voci di budget del 2016 non danno il totale dichiarato.");
    assertThat(WAIVED).hasToString("WARNING BUDGET_YEAR_MISSING at '/budget' (waived): Manca il budget del 2017.");
  }
}
