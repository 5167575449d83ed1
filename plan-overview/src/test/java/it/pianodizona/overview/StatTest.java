package it.pianodizona.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StatTest {

  private static List<BigDecimal> values(String... numbers) {
    return Stream.of(numbers).map(BigDecimal::new).toList();
  }

  @Test
  void noValueGivesNoFigureRatherThanZero() {
    Stat stat = Stat.of(List.of());
    assertThat(stat.count()).isZero();
    assertThat(stat.sum()).isEmpty();
    assertThat(stat.median()).isEmpty();
    assertThat(stat.firstQuartile()).isEmpty();
  }

  @Test
  void oneValueIsEveryQuantile() {
    Stat stat = Stat.of(values("7.50"));
    assertThat(stat.min()).contains(new BigDecimal("7.50"));
    assertThat(stat.firstQuartile()).contains(new BigDecimal("7.50"));
    assertThat(stat.median()).contains(new BigDecimal("7.50"));
    assertThat(stat.thirdQuartile()).contains(new BigDecimal("7.50"));
  }

  @Test
  void quartilesOfOneToFiveFallOnValues() {
    // Ranks (n - 1) * q = 1, 2, 3: the values 2, 3, 4.
    Stat stat = Stat.of(values("5", "1", "4", "2", "3"));
    assertThat(stat.count()).isEqualTo(5);
    assertThat(stat.sum()).contains(new BigDecimal("15"));
    assertThat(stat.min()).contains(new BigDecimal("1"));
    assertThat(stat.firstQuartile()).contains(new BigDecimal("2"));
    assertThat(stat.median()).contains(new BigDecimal("3"));
    assertThat(stat.thirdQuartile()).contains(new BigDecimal("4"));
    assertThat(stat.max()).contains(new BigDecimal("5"));
  }

  @Test
  void quartilesOfFourValuesAreInterpolatedLikeExcelsQuartileInc() {
    // 10, 20, 30, 40: ranks 0.75, 1.5, 2.25 give 17.5, 25, 32.5 (QUARTILE.INC in a spreadsheet).
    Stat stat = Stat.of(values("40", "10", "30", "20"));
    assertThat(stat.firstQuartile()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("17.5"));
    assertThat(stat.median()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("25"));
    assertThat(stat.thirdQuartile()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("32.5"));
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwoInCents() {
    Stat stat = Stat.of(values("205.46", "100.01"));
    assertThat(stat.median()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("152.735"));
  }
}
