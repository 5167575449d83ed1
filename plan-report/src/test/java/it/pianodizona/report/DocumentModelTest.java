package it.pianodizona.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentModelTest {

  @Test
  void aRowMustHaveOneCellPerColumn() {
    assertThatThrownBy(() -> Table.builder().caption("Budget").addColumns(Column.text("a"), Column.numeric("b"))
        .addRows(Row.of(Cell.text("x"))).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("Budget").hasMessageContaining("1 cells for 2 columns");
  }

  @Test
  void aSeriesMustHaveOneValuePerCategory() {
    assertThatThrownBy(() -> BarChart.builder().title("Spesa").addCategories("2015", "2016")
        .addSeries(Series.of("Previsto", BigDecimal.ONE)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("1 values for 2 categories");
  }

  @Test
  void aBarCannotBeNegative() {
    assertThatThrownBy(() -> BarChart.builder().title("Spesa").addCategories("2015")
        .addSeries(Series.of("Previsto", BigDecimal.valueOf(-1))).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("negative");
  }

  @Test
  void anUnknownValueIsNotZero() {
    Series series = Series.ofOptional("Speso", List.of(Optional.empty(), Optional.of(BigDecimal.ZERO)));
    assertThat(series.values().get(0)).isEmpty();
    assertThat(series.values().get(1)).contains(BigDecimal.ZERO);
    assertThat(Cell.unknown(ValueFormat.EUROS).isNumeric()).isTrue();
    assertThat(Cell.unknown(ValueFormat.EUROS).number()).isEmpty();
  }

  @Test
  void aReportIsItalianUnlessToldOtherwise() {
    assertThat(ReportDocument.builder().title("t").generatedOn(SampleReports.GENERATED_ON).build().language())
        .isEqualTo(ReportLanguage.IT);
  }

  @Test
  void theDocumentRejectsNulls() {
    assertThatThrownBy(() -> Paragraph.of(null)).isInstanceOf(NullPointerException.class);
  }
}
