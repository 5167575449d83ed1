package it.pianodizona.rules;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.rules.spi.Holidays;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HolidaysTest {

  @Test
  void easterIsComputedForKnownYears() {
    assertThat(Holidays.easterSunday(2015)).isEqualTo(LocalDate.of(2015, 4, 5));
    assertThat(Holidays.easterSunday(2021)).isEqualTo(LocalDate.of(2021, 4, 4));
    assertThat(Holidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(Holidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
  }

  @Test
  void easterMondayAndTheFixedHolidaysAreHolidays() {
    assertThat(Holidays.holiday(LocalDate.of(2024, 4, 1))).contains("easterMonday");
    assertThat(Holidays.holiday(LocalDate.of(2024, 6, 2))).contains("sunday");
    assertThat(Holidays.holiday(LocalDate.of(2021, 6, 2))).contains("holiday");
    assertThat(Holidays.holiday(LocalDate.of(2023, 12, 26))).contains("holiday");
  }

  @Test
  void anOrdinaryWeekdayIsNotAHoliday() {
    assertThat(Holidays.isHoliday(LocalDate.of(2024, 4, 2))).isFalse();
    assertThat(Holidays.isHoliday(LocalDate.of(2016, 6, 30))).isFalse();
  }
}
