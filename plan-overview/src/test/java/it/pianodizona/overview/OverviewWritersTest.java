package it.pianodizona.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import it.pianodizona.io.CsvDialect;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OverviewWritersTest {

  private static final Overview OVERVIEW = PlanSummariser.standard(LocalDate.of(2024, 6, 30))
      .overview(List.of(Path.of("../examples/plans/crema-2015-2017.json"), Path.of("missing.json")), 1, n -> { });

  @Test
  void csvHasOneLinePerFileWithBlanksForUnknownFigures() throws IOException {
    StringWriter out = new StringWriter();
    OverviewCsv.write(OVERVIEW, CsvDialect.RFC_4180, Locale.ITALIAN, out);
    String[] lines = out.toString().split("\r\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).startsWith("source,plan_id,region,");
    assertThat(lines[1]).contains(",crema-2015-2017,lombardia,")
        .contains(",20396464.66,6798821.55,205.46,")
        .contains("2015=5265488.22 2016=7065488.22 2017=8065488.22");
    assertThat(lines[2]).startsWith("missing.json,,,").endsWith("missing.json: file inesistente");
  }

  @Test
  void excelCsvHasAByteOrderMarkSemicolonsAndDecimalCommas() throws IOException {
    StringWriter out = new StringWriter();
    OverviewCsv.write(OVERVIEW, CsvDialect.EXCEL, Locale.ENGLISH, out);
    assertThat(out.toString()).startsWith("\uFEFFsource;plan_id;")
        .contains(";20396464,66;6798821,55;205,46;")
        .contains("missing.json: no such file");
  }

  @Test
  void jsonWritesUnknownFiguresAsNull() throws IOException {
    JsonNode root = JsonMapper.builder().build().readTree(OverviewJson.write(OVERVIEW, Locale.ENGLISH));
    assertThat(root.get("asOf").asText()).isEqualTo("2024-06-30");
    JsonNode crema = root.get("rows").get(0);
    assertThat(crema.get("budgetPerInhabitant").decimalValue()).isEqualByComparingTo("205.46");
    assertThat(crema.get("budgetByYear").get("2016").decimalValue()).isEqualByComparingTo("7065488.22");
    assertThat(crema.get("municipalitiesDeclared").isNull()).isTrue();
    assertThat(root.get("rows").get(1).get("readError").get("message").asText()).isEqualTo("no such file");
    assertThat(root.get("national").get("population").get("median").decimalValue()).isEqualByComparingTo("33091");
    assertThat(root.get("regions").get("lombardia").get("plans").asInt()).isEqualTo(1);
  }
}
