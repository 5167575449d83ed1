package it.pianodizona.rules.spi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.Set;

/**
 * Festività nazionali: Sundays and the national public holidays of L. 260/1949 art. 2 as
 * amended (L. 54/1977, D.P.R. 792/1985 for 6 January, L. 336/2000 for 2 June), Easter Monday
 * computed. Used to tell a meeting date that is probably a typo, and by the plan generator to
 * date meetings on working days.
 */
public final class Holidays {

  private static final Set<MonthDay> FIXED = Set.of(
      MonthDay.of(1, 1), MonthDay.of(1, 6), MonthDay.of(4, 25), MonthDay.of(5, 1), MonthDay.of(6, 2),
      MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(12, 8), MonthDay.of(12, 25), MonthDay.of(12, 26));

  private Holidays() {}

  /** Whether the day is a Sunday or a national public holiday. */
  public static boolean isHoliday(LocalDate day) {
    return holiday(day).isPresent();
  }

  /** The kind of holiday a day is ("sunday", "easterMonday" or "holiday"), if it is one. */
  public static Optional<String> holiday(LocalDate day) {
    if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return Optional.of("sunday");
    }
    if (day.equals(easterSunday(day.getYear()).plusDays(1))) {
      return Optional.of("easterMonday");
    }
    if (FIXED.contains(MonthDay.from(day)) && (day.getMonthValue() != 6 || day.getYear() >= 2001)
        && (day.getMonthValue() != 1 || day.getDayOfMonth() != 6 || day.getYear() >= 1986)) {
      return Optional.of("holiday");
    }
    return Optional.empty();
  }

  /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
  public static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, dayOfMonth);
  }
}
