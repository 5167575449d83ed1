package it.pianodizona.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.pianodizona.model.common.DateWindow;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.common.Percentage;
import it.pianodizona.model.common.PlanPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Money, percentages, partial dates and periods: exact, and impossible values rejected. */
class ValueTypesTest {

  @Test
  void moneyIsHeldToTheCent() {
    assertThat(Money.of("15000")).isEqualTo(Money.of("15000.00"));
    assertThat(Money.of("304070.87").amount().scale()).isEqualTo(2);
    assertThat(Money.of("304070.87").toString()).isEqualTo("304070.87");
    assertThat(Money.ofCents(30407087)).isEqualTo(Money.of("304070.87"));
  }

  @Test
  void moneyAddsExactly() {
    assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
    assertThat(Money.of("5265488.22").minus(Money.of("5265488.22"))).isEqualTo(Money.ZERO);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.001", "12.345", "1e-3", "abc", ""})
  void moneyRejectsFractionsOfACentAndNonNumbers(String text) {
    assertThatThrownBy(() -> Money.of(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void negativeMoneyLoadsSoThatRulesCanReportIt() {
    assertThat(Money.of("-10.00").isNegative()).isTrue();
  }

  @Property
  void moneyFromCentsRoundTrips(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long cents) {
    Money money = Money.ofCents(cents);
    assertThat(Money.of(money.toString())).isEqualTo(money);
    assertThat(money.amount().movePointRight(2).longValueExact()).isEqualTo(cents);
  }

  @Test
  void percentageRejectsMoreThanAHundred() {
    assertThat(Percentage.of("29").value()).isEqualByComparingTo("29");
    assertThat(Percentage.of("100")).isNotNull();
    assertThatThrownBy(() -> Percentage.of("100.01")).hasMessageContaining("between 0 and 100");
    assertThatThrownBy(() -> Percentage.of("-1")).hasMessageContaining("between 0 and 100");
  }

  @Test
  void partialDatesHaveThreePrecisions() {
    assertThat(PartialDate.parse("2018").precision()).isEqualTo(PartialDate.Precision.YEAR);
    assertThat(PartialDate.parse("2015-06").precision()).isEqualTo(PartialDate.Precision.MONTH);
    assertThat(PartialDate.parse("2015-06-30").precision()).isEqualTo(PartialDate.Precision.DAY);
  }

  @Test
  void aMonthIsMetUntilItsLastDay() {
    PartialDate june = PartialDate.of(YearMonth.of(2015, 6));
    assertThat(june.earliest()).isEqualTo(LocalDate.of(2015, 6, 1));
    assertThat(june.latest()).isEqualTo(LocalDate.of(2015, 6, 30));
    assertThat(PartialDate.of(Year.of(2016)).latest()).isEqualTo(LocalDate.of(2016, 12, 31));
    assertThat(PartialDate.parse("2016-02").latest()).isEqualTo(LocalDate.of(2016, 2, 29));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-02-30", "2015-13", "2015-00", "2015-06-31", "15-06", "2015/06", "2015-6", ""})
  void impossibleOrMalformedDatesAreRejected(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void partialDatesRoundTripThroughTheirIsoForm(
      @ForAll @IntRange(min = 1900, max = 2200) int year,
      @ForAll @IntRange(min = 0, max = 12) int month,
      @ForAll @IntRange(min = 0, max = 28) int day) {
    PartialDate date = month == 0 ? PartialDate.of(Year.of(year))
        : day == 0 ? PartialDate.of(YearMonth.of(year, month))
        : PartialDate.of(LocalDate.of(year, month, day));
    assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
    assertThat(date.earliest()).isBeforeOrEqualTo(date.latest());
  }

  @Test
  void aPeriodCannotEndBeforeItStarts() {
    assertThatThrownBy(() -> PlanPeriod.of(LocalDate.of(2017, 12, 31), LocalDate.of(2015, 5, 1)))
        .hasMessageContaining("cannot end");
  }

  @Property
  void periodsCoverTheirYears(
      @ForAll @IntRange(min = 1990, max = 2100) int first, @ForAll @IntRange(min = 0, max = 5) int length) {
    PlanPeriod period = PlanPeriod.ofYears(first, first + length);
    assertThat(period.years()).hasSize(length + 1);
    assertThat(period.contains(LocalDate.of(first, 1, 1))).isTrue();
    assertThat(period.contains(LocalDate.of(first + length + 1, 1, 1))).isFalse();
  }

  @Test
  void aStatedWindowKeepsItsWordsAndContainsItsMonths() {
    DateWindow autumn = DateWindow.builder()
        .from(PartialDate.parse("2021-10")).to(PartialDate.parse("2021-12"))
        .statedAs("da ottobre a dicembre").build();
    assertThat(autumn.contains(LocalDate.of(2021, 12, 31))).isTrue();
    assertThat(autumn.contains(LocalDate.of(2021, 9, 29))).isFalse();
    assertThatThrownBy(() -> DateWindow.of(PartialDate.parse("2021-12"), PartialDate.parse("2021-10")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aWindowWithinOneMonthIsPossible() {
    assertThat(DateWindow.of(PartialDate.parse("2021-09"), PartialDate.parse("2021-09-15"))
        .contains(LocalDate.of(2021, 9, 10))).isTrue();
  }

  @Test
  void statusMovesForwardAndCloses() {
    assertThat(PlanStatus.DRAFT.canMoveTo(PlanStatus.IN_CONSULTATION)).isTrue();
    assertThat(PlanStatus.APPROVED.canMoveTo(PlanStatus.AGREEMENT_SIGNED)).isTrue();
    assertThat(PlanStatus.IN_FORCE.canMoveTo(PlanStatus.DRAFT)).isFalse();
    assertThat(PlanStatus.CLOSED.successors()).isEmpty();
    for (PlanStatus status : PlanStatus.values()) {
      assertThat(status == PlanStatus.CLOSED || status.canMoveTo(PlanStatus.CLOSED)).isTrue();
      assertThat(status.canMoveTo(status)).isFalse();
    }
  }

  @Test
  void percentagesCompareByValue() {
    assertThat(Percentage.of(new BigDecimal("45"))).isLessThan(Percentage.of("45.5"));
  }
}
