package it.pianodizona.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.report.BarChart;
import it.pianodizona.report.Orientation;
import it.pianodizona.report.ReportLanguage;
import it.pianodizona.report.Series;
import it.pianodizona.report.ValueFormat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChartLayoutTest {

  private static final Formats IT = new Formats(ReportLanguage.IT);

  private static BarChart chart(Orientation orientation, Series... series) {
    return BarChart.builder().title("Spesa").addCategories("2015", "2016", "2017").addSeries(series)
        .format(ValueFormat.EUROS).orientation(orientation).build();
  }

  @Test
  void gridStepsAreOneTwoOrFiveTimesAPowerOfTen() {
    assertThat(ChartLayout.niceStep(18_000_000)).isEqualTo(5_000_000);
    assertThat(ChartLayout.niceStep(45)).isEqualTo(20);
    assertThat(ChartLayout.niceStep(8)).isEqualTo(2);
    assertThat(ChartLayout.niceStep(0)).isEqualTo(1);
  }

  @Test
  void barHeightsAreProportionalToTheValues() {
    ChartLayout layout = ChartLayout.of(chart(Orientation.VERTICAL,
        Series.of("Previsto", BigDecimal.valueOf(10), BigDecimal.valueOf(20), BigDecimal.valueOf(40))), "c1", IT, "n.d.");
    List<Double> heights = layout.bars().stream().map(b -> Double.parseDouble(b.height())).toList();
    assertThat(heights.get(1)).isCloseTo(2 * heights.get(0), org.assertj.core.data.Offset.offset(0.2));
    assertThat(heights.get(2)).isCloseTo(4 * heights.get(0), org.assertj.core.data.Offset.offset(0.2));
    layout.bars().forEach(b -> assertThat(Double.parseDouble(b.y()) + Double.parseDouble(b.height()))
        .isCloseTo(240, org.assertj.core.data.Offset.offset(0.1)));
  }

  @Test
  void anUnknownValueDrawsNoBarButSaysNotAvailable() {
    ChartLayout layout = ChartLayout.of(chart(Orientation.VERTICAL, Series.ofOptional("Speso",
        List.of(Optional.of(BigDecimal.ONE), Optional.empty(), Optional.of(BigDecimal.ZERO)))), "c1", IT, "n.d.");
    assertThat(layout.bars()).hasSize(2);
    assertThat(layout.labels()).filteredOn(l -> l.kind().equals("unknown")).extracting(ChartLayout.Label::text)
        .containsExactly("n.d.");
    assertThat(layout.bars().get(1).height()).isEqualTo("0");
  }

  @Test
  void groupedBarsSitSideBySideWithTheirSeriesStyle() {
    ChartLayout layout = ChartLayout.of(chart(Orientation.VERTICAL,
        Series.of("Previsto", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE),
        Series.of("Speso", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)), "c1", IT, "n.d.");
    assertThat(layout.bars()).extracting(ChartLayout.Bar::seriesStyle).containsExactly("s0", "s1", "s0", "s1", "s0", "s1");
    assertThat(Double.parseDouble(layout.bars().get(1).x())).isGreaterThan(Double.parseDouble(layout.bars().get(0).x()));
    assertThat(layout.bars().get(0).title()).isEqualTo("2015 — Previsto: 1,00 €");
  }

  @Test
  void horizontalBarsGrowRightwardsFromTheAxisAndGrowTheHeightWithTheCategories() {
    ChartLayout layout = ChartLayout.of(chart(Orientation.HORIZONTAL,
        Series.of("Previsto", BigDecimal.valueOf(10), BigDecimal.valueOf(20), BigDecimal.valueOf(40))), "c1", IT, "n.d.");
    assertThat(layout.bars()).extracting(ChartLayout.Bar::x).containsOnly("236");
    assertThat(Double.parseDouble(layout.bars().get(2).width())).isGreaterThan(Double.parseDouble(layout.bars().get(1).width()));
    assertThat(layout.height()).isEqualTo(8 + 3 * 30 + 26);
  }

  @Test
  void longCategoryNamesAreShortenedOnThePictureOnly() {
    assertThat(ChartLayout.shorten("Implementazione e pieno utilizzo della Cartella Sociale")).hasSize(32).endsWith("…");
    assertThat(ChartLayout.shorten("2015")).isEqualTo("2015");
  }
}
