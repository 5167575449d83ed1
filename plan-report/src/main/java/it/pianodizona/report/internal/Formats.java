package it.pianodizona.report.internal;

import it.pianodizona.report.ReportLanguage;
import it.pianodizona.report.ValueFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Formati numerici: numbers and dates in the report's language. One instance per rendering,
 * because {@link DecimalFormat} is not thread-safe.
 */
public final class Formats {

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);

  private final ReportLanguage language;
  private final DecimalFormat twoDecimals;
  private final DecimalFormat whole;
  private final DecimalFormat upToOne;
  private final DecimalFormat upToTwo;
  private final DateTimeFormatter date;

  public Formats(ReportLanguage language) {
    this.language = language;
    Locale locale = language == ReportLanguage.IT ? Locale.ITALY : Locale.UK;
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
    this.twoDecimals = format("#,##0.00", symbols);
    this.whole = format("#,##0", symbols);
    this.upToOne = format("#,##0.#", symbols);
    this.upToTwo = format("#,##0.##", symbols);
    this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
  }

  private static DecimalFormat format(String pattern, DecimalFormatSymbols symbols) {
    DecimalFormat format = new DecimalFormat(pattern, symbols);
    format.setRoundingMode(RoundingMode.HALF_EVEN);
    format.setParseBigDecimal(true);
    return format;
  }

  /** The value in full, e.g. {@code 5.265.488,22 €}. */
  public String full(BigDecimal value, ValueFormat format) {
    return switch (format) {
      case EUROS -> euros(twoDecimals.format(value));
      case WHOLE_EUROS -> euros(whole.format(value));
      case PERCENT -> upToOne.format(value) + "%";
      case NUMBER -> upToTwo.format(value);
    };
  }

  /** The value shortened for a chart's axis and bar labels, e.g. {@code 5,3 mln €}. */
  public String compact(BigDecimal value, ValueFormat format) {
    if (format == ValueFormat.EUROS || format == ValueFormat.WHOLE_EUROS) {
      BigDecimal magnitude = value.abs();
      if (magnitude.compareTo(MILLION) >= 0) {
        String n = upToOne.format(value.divide(MILLION, 1, RoundingMode.HALF_EVEN));
        return language == ReportLanguage.IT ? n + " mln €" : "€" + n + "M";
      }
      if (magnitude.compareTo(THOUSAND.multiply(BigDecimal.TEN)) >= 0) {
        String n = whole.format(value.divide(THOUSAND, 0, RoundingMode.HALF_EVEN));
        return language == ReportLanguage.IT ? n + " mila €" : "€" + n + "k";
      }
      return euros(whole.format(value));
    }
    return full(value, format);
  }

  /** A date in words, e.g. {@code 28 novembre 2026}. */
  public String date(LocalDate value) {
    return date.format(value);
  }

  private String euros(String number) {
    return language == ReportLanguage.IT ? number + " €" : "€" + number;
  }
}
