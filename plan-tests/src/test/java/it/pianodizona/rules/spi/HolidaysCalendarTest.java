package it.pianodizona.rules.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Easter and the national holidays over the years plans span. The Easter Sundays below are those
 * of python-dateutil's {@code easter(year)} (western calendar) for 1950-2100, written as MMDD.
 * The 2 June holiday was restored from 2001 (L. 336/2000) and the Epiphany from 1986 (D.P.R.
 * 792/1985); both had been moved or abolished by L. 54/1977.
 */
class HolidaysCalendarTest {

  private static final String EASTER_1950_2100 = "0409032504130405041804100401042104060329041704020422041403290418041003260414040603290411040204220414033004180410032604150406041904110403042204070330041904030326041503310419041104030416040703300412040404230415033104200411032704160408032304120404042404080331042004050327041604010421041204040417040903310420040503280416040104210413032804170409032504130405042504100401042104060329041704090325041404050418041004020421040603290418040204220414033004180410032604150406032904110403042204140330041904100326041504070419041104030423040703300419040403260415033104200411040304160408033004120404042404150331042004120328";

  @Test
  void easterSundayIsThatOfTheWesternCalendarFrom1950To2100() {
    for (int year = 1950; year <= 2100; year++) {
      int at = (year - 1950) * 4;
      LocalDate expected = LocalDate.of(year, Integer.parseInt(EASTER_1950_2100.substring(at, at + 2)),
          Integer.parseInt(EASTER_1950_2100.substring(at + 2, at + 4)));
      assertThat(Holidays.easterSunday(year)).as("Easter %s", year).isEqualTo(expected);
      assertThat(Holidays.holiday(expected.plusDays(1))).as("Easter Monday %s", year).contains("easterMonday");
    }
  }

  @Test
  void theSecondOfJuneIsAHolidayFrom2001() {
    assertThat(Holidays.holiday(LocalDate.of(2000, 6, 2))).isEmpty();
    assertThat(Holidays.holiday(LocalDate.of(2001, 6, 2))).contains("holiday");
  }

  @Test
  void theEpiphanyIsAHolidayFrom1986AndNewYearsDayAlways() {
    assertThat(Holidays.holiday(LocalDate.of(1979, 1, 6))).isEmpty();
    assertThat(Holidays.holiday(LocalDate.of(1986, 1, 6))).contains("holiday");
    assertThat(Holidays.holiday(LocalDate.of(1979, 1, 1))).contains("holiday");
    assertThat(Holidays.holiday(LocalDate.of(1979, 12, 25))).contains("holiday");
  }
}
