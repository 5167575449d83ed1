package it.pianodizona.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.report.ReportLanguage;
import it.pianodizona.report.ValueFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {

  private static final Formats IT = new Formats(ReportLanguage.IT);
  private static final Formats EN = new Formats(ReportLanguage.EN);

  @Test
  void eurosAreWrittenTheItalianWayByDefault() {
    assertThat(IT.full(new BigDecimal("304070.87"), ValueFormat.EUROS)).isEqualTo("304.070,87 €");
    assertThat(IT.full(new BigDecimal("20396464.66"), ValueFormat.WHOLE_EUROS)).isEqualTo("20.396.465 €");
    assertThat(EN.full(new BigDecimal("304070.87"), ValueFormat.EUROS)).isEqualTo("€304,070.87");
  }

  @Test
  void percentagesAndNumbers() {
    assertThat(IT.full(new BigDecimal("29.25"), ValueFormat.PERCENT)).isEqualTo("29,2%");
    assertThat(IT.full(new BigDecimal("45"), ValueFormat.PERCENT)).isEqualTo("45%");
    assertThat(EN.full(new BigDecimal("1234.5"), ValueFormat.NUMBER)).isEqualTo("1,234.5");
  }

  @Test
  void chartsUseCompactAmounts() {
    assertThat(IT.compact(new BigDecimal("5265488.22"), ValueFormat.EUROS)).isEqualTo("5,3 mln €");
    assertThat(IT.compact(new BigDecimal("53248"), ValueFormat.EUROS)).isEqualTo("53 mila €");
    assertThat(IT.compact(new BigDecimal("5000"), ValueFormat.EUROS)).isEqualTo("5.000 €");
    assertThat(EN.compact(new BigDecimal("18000000"), ValueFormat.EUROS)).isEqualTo("€18M");
  }

  @Test
  void datesAreInWords() {
    assertThat(IT.date(LocalDate.of(2016, 12, 31))).isEqualTo("31 dicembre 2016");
    assertThat(EN.date(LocalDate.of(2016, 12, 31))).isEqualTo("31 December 2016");
  }
}
