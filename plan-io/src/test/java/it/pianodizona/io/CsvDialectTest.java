package it.pianodizona.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Both CSV dialects: their separators and decimals, and the same neutralisation of formulas. */
class CsvDialectTest {

  private static String write(CsvDialect dialect, List<List<String>> rows) throws Exception {
    StringWriter out = new StringWriter();
    dialect.write(List.of("text", "amount"), rows, out);
    return out.toString();
  }

  @Test
  void rfc4180UsesCommasAndADecimalPointWithoutAByteOrderMark() throws Exception {
    assertThat(write(CsvDialect.RFC_4180, List.of(List.of("a;b", CsvDialect.RFC_4180.number(new BigDecimal("15000.00"))))))
        .isEqualTo("text,amount\r\na;b,15000.00\r\n");
  }

  @Test
  void excelUsesSemicolonsADecimalCommaAndAByteOrderMark() throws Exception {
    assertThat(write(CsvDialect.EXCEL, List.of(List.of("a,b", CsvDialect.EXCEL.number(new BigDecimal("15000.00"))))))
        .isEqualTo("\uFEFFtext;amount\r\na,b;15000,00\r\n");
  }

  @Test
  void aSeparatorInsideACellIsQuotedInEachDialect() throws Exception {
    assertThat(write(CsvDialect.EXCEL, List.of(List.of("a;b", "1")))).contains("\"a;b\";1");
    assertThat(write(CsvDialect.RFC_4180, List.of(List.of("a,b", "1")))).contains("\"a,b\",1");
  }

  @Test
  void aCellThatASpreadsheetWouldRunIsNeutralisedInBothDialects() throws Exception {
    String formula = CsvDialect.text("=HYPERLINK(\"http://example.invalid\")");
    assertThat(formula).startsWith("'=");
    for (String start : List.of("=", "+", "-", "@", "\t", "\r")) {
      assertThat(CsvDialect.text(start + "1")).isEqualTo("'" + start + "1");
    }
    assertThat(CsvDialect.text("Comune di Crema")).isEqualTo("Comune di Crema");
    assertThat(write(CsvDialect.EXCEL, List.of(List.of(formula, "1")))).contains("'=HYPERLINK");
    assertThat(write(CsvDialect.RFC_4180, List.of(List.of(formula, "1")))).contains("'=HYPERLINK");
  }

  @Test
  void numbersNeverUseAnExponent() {
    assertThat(CsvDialect.EXCEL.number(new BigDecimal("1E+6"))).isEqualTo("1000000");
    assertThat(CsvDialect.RFC_4180.number(new BigDecimal("-0.50"))).isEqualTo("-0.50");
  }
}
