package it.pianodizona.io.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import it.pianodizona.io.PlanReadException;
import it.pianodizona.io.ReadErrorKind;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.participation.MeetingMode;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Valori semplici al confine: partial dates of four, seven and ten characters and nothing in
 * between, whole numbers at and past their bounds with the message that names the bounds there
 * are, decimals up to the largest scale, and the edit distance behind "did you mean"; dates and
 * times of the form that name no day or hour, four-digit years when writing, amounts at the limit,
 * and text with surrogates.
 */
class ScalarCodecsTest {

  private static <T> T read(Codec<T> codec, String json) throws IOException {
    byte[] bytes = json.getBytes(UTF_8);
    ReadContext ctx = new ReadContext(Optional.of("test.json"), false, bytes, 1);
    try (JsonParser p = new JsonFactory().createParser(bytes)) {
      p.nextToken();
      return codec.read(p, ctx);
    }
  }

  private static <T> String write(Codec<T> codec, T value) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      codec.write(value, g);
    }
    return out.toString();
  }

  private static PlanReadException refused(Codec<?> codec, String json) {
    PlanReadException error = catchThrowableOfType(PlanReadException.class, () -> read(codec, json));
    assertThat(error).as("%s is refused", json).isNotNull();
    return error;
  }

  @Test
  void aPartialDateIsAYearAMonthOrADay() throws IOException {
    assertThat(read(DateCodecs.PARTIAL_DATE_CODEC, "\"2015\"")).isEqualTo(PartialDate.of(Year.of(2015)));
    assertThat(read(DateCodecs.PARTIAL_DATE_CODEC, "\"2015-05\"")).isEqualTo(PartialDate.of(YearMonth.of(2015, 5)));
    assertThat(read(DateCodecs.PARTIAL_DATE_CODEC, "\"2015-05-01\"")).isEqualTo(PartialDate.of(LocalDate.of(2015, 5, 1)));
  }

  @Test
  void aPartialDateOfTheFormButNoSuchDayIsRefusedAsNoSuchDate() throws IOException {
    // Year 0 is a year of the form; month 0 and day 0 are of the form but name no month or day.
    assertThat(read(DateCodecs.PARTIAL_DATE_CODEC, "\"0000\"")).isEqualTo(PartialDate.of(Year.of(0)));
    for (String text : new String[] {"2015-00", "2015-05-00", "2015-13", "2015-02-30"}) {
      assertThat(refused(DateCodecs.PARTIAL_DATE_CODEC, "\"" + text + "\"").englishMessage()).as(text)
          .doesNotContain("is not of the form");
    }
    assertThat(refused(DateCodecs.PARTIAL_DATE_CODEC, "\"2015-0a\"").englishMessage()).contains("is not of the form");
    assertThat(refused(DateCodecs.PARTIAL_DATE_CODEC, "\"2015-05-0:\"").englishMessage()).contains("is not of the form");
    assertThat(refused(DateCodecs.PARTIAL_DATE_CODEC, "\"2015-05-/1\"").englishMessage()).contains("is not of the form");
  }

  @Test
  void aPartialDateOfAnyOtherLengthIsRefused() {
    for (String text : new String[] {"201", "2015-", "2015-5", "2015-05-", "2015-05-1", "2015-05-011", "2015/05/01"}) {
      assertThat(refused(DateCodecs.PARTIAL_DATE_CODEC, "\"" + text + "\"").kind()).as(text)
          .isEqualTo(ReadErrorKind.INVALID_VALUE);
    }
  }

  @Test
  void aWholeNumberAtItsBoundsIsReadAndPastThemIsRefusedNamingThem() throws IOException {
    Codec<Integer> percent = NumberCodecs.integer(0, 100);
    assertThat(read(percent, "0")).isZero();
    assertThat(read(percent, "100")).isEqualTo(100);
    assertThat(refused(percent, "101").englishMessage()).contains("out of range (from 0 to 100)");
    assertThat(refused(percent, "-1").englishMessage()).contains("out of range (from 0 to 100)");

    assertThat(refused(NumberCodecs.integer(1, Integer.MAX_VALUE), "0").englishMessage())
        .contains("out of range (from 1)").doesNotContain(" to ");
    assertThat(refused(NumberCodecs.integer(Integer.MIN_VALUE, 10), "11").englishMessage())
        .contains("out of range (to 10)").doesNotContain("from");
    assertThat(read(NumberCodecs.INT, String.valueOf(Integer.MAX_VALUE))).isEqualTo(Integer.MAX_VALUE);
    assertThat(refused(NumberCodecs.INT, "3000000000").kind()).isEqualTo(ReadErrorKind.INVALID_VALUE);
  }

  @Test
  void aDecimalMayHaveAsManyDecimalPlacesAsTheLimitAndNoMore() throws IOException {
    String largest = "0." + "0".repeat(NumberCodecs.MAX_DECIMAL_SCALE - 1) + "1";
    assertThat(read(NumberCodecs.DECIMAL, largest).scale()).isEqualTo(NumberCodecs.MAX_DECIMAL_SCALE);
    assertThat(read(NumberCodecs.DECIMAL, "1e100")).isEqualByComparingTo(new BigDecimal("1e100"));
    assertThat(refused(NumberCodecs.DECIMAL, "0." + "0".repeat(NumberCodecs.MAX_DECIMAL_SCALE) + "1").kind())
        .isEqualTo(ReadErrorKind.INVALID_VALUE);
    assertThat(refused(NumberCodecs.DECIMAL, "1e101").kind()).isEqualTo(ReadErrorKind.INVALID_VALUE);
  }

  @Test
  void theEditDistanceCountsInsertionsDeletionsAndSubstitutions() {
    assertThat(EditDistance.between("title", "title", 3)).isZero();
    assertThat(EditDistance.between("titel", "title", 3)).isEqualTo(2);
    assertThat(EditDistance.between("titl", "title", 3)).isEqualTo(1);
    assertThat(EditDistance.between("title", "titl", 3)).isEqualTo(1);
    assertThat(EditDistance.between("kitten", "sitting", 10)).isEqualTo(3);
    assertThat(EditDistance.between("", "abc", 10)).isEqualTo(3);
    assertThat(EditDistance.between("abc", "", 10)).isEqualTo(3);
  }

  @Test
  void aDistanceAtOrPastTheLimitIsReportedAsAtLeastTheLimit() {
    assertThat(EditDistance.between("kitten", "sitting", 3)).isGreaterThanOrEqualTo(3);
    assertThat(EditDistance.between("kitten", "sitting", 2)).isGreaterThanOrEqualTo(2);
    assertThat(EditDistance.between("a", "abcd", 3)).isGreaterThanOrEqualTo(3);
    assertThat(EditDistance.between("abcdef", "ghijkl", 4)).isGreaterThanOrEqualTo(4);
  }

  @Test
  void aDateOfTheFormThatNamesNoDayIsNoSuchDateAndYearZeroIsADay() throws IOException {
    assertThat(read(DateCodecs.DATE_CODEC, "\"0000-01-01\"")).isEqualTo(LocalDate.of(0, 1, 1));
    assertThat(read(DateCodecs.DATE_CODEC, "\"2015-05-01\"")).isEqualTo(LocalDate.of(2015, 5, 1));
    for (String text : new String[] {"2020-00-10", "2020-01-00", "2015-02-29", "2015-04-31"}) {
      assertThat(refused(DateCodecs.DATE_CODEC, "\"" + text + "\"").englishMessage()).as(text)
          .isEqualTo("no such date \"" + text + "\"");
    }
    for (String text : new String[] {"2015-5-01", "2015/05/01", "2015-05-0a", "15-05-2015"}) {
      assertThat(refused(DateCodecs.DATE_CODEC, "\"" + text + "\"").englishMessage()).as(text)
          .isEqualTo("date \"" + text + "\" is not of the form yyyy-mm-dd");
    }
  }

  @Test
  void aPartialDayWithMonthZeroIsNoSuchDate() {
    assertThat(refused(DateCodecs.PARTIAL_DATE_CODEC, "\"2015-00-10\"").englishMessage())
        .isEqualTo("no such date \"2015-00-10\"");
  }

  @Test
  void yearsFromZeroTo9999AreWrittenAndOthersRefused() throws IOException {
    assertThat(write(DateCodecs.YEAR, Year.of(0))).isEqualTo("0");
    assertThat(write(DateCodecs.YEAR, Year.of(9999))).isEqualTo("9999");
    assertThat(write(DateCodecs.DATE_CODEC, LocalDate.of(0, 1, 1))).isEqualTo("\"0000-01-01\"");
    assertThat(write(DateCodecs.DATE_CODEC, LocalDate.of(9999, 12, 31))).isEqualTo("\"9999-12-31\"");
    assertThat(write(DateCodecs.PARTIAL_DATE_CODEC, PartialDate.of(Year.of(0)))).isEqualTo("\"0000\"");
    assertThatThrownBy(() -> write(DateCodecs.YEAR, Year.of(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("four-digit years, 0 to 9999");
    assertThatThrownBy(() -> write(DateCodecs.YEAR, Year.of(10000))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> write(DateCodecs.DATE_CODEC, LocalDate.of(-1, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> write(DateCodecs.DATE_CODEC, LocalDate.of(10000, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTimeIsHoursAndMinutesWithSecondsIfAny() throws IOException {
    assertThat(read(DateCodecs.TIME_CODEC, "\"00:00\"")).isEqualTo(LocalTime.MIDNIGHT);
    assertThat(read(DateCodecs.TIME_CODEC, "\"09:30\"")).isEqualTo(LocalTime.of(9, 30));
    assertThat(read(DateCodecs.TIME_CODEC, "\"19:09\"")).isEqualTo(LocalTime.of(19, 9));
    assertThat(read(DateCodecs.TIME_CODEC, "\"23:59\"")).isEqualTo(LocalTime.of(23, 59));
    assertThat(read(DateCodecs.TIME_CODEC, "\"18:30:15\"")).isEqualTo(LocalTime.of(18, 30, 15));
    assertThat(read(DateCodecs.TIME_CODEC, "\"18:30:15.5\"")).isEqualTo(LocalTime.of(18, 30, 15, 500_000_000));
    for (String text : new String[] {"24:00", "12:60", "9:30", "09.30", "0930", "09:3a", "-1:30", "09:30:60", "09:30:"}) {
      assertThat(refused(DateCodecs.TIME_CODEC, "\"" + text + "\"").englishMessage()).as(text)
          .isEqualTo("time \"" + text + "\" is not of the form hh:mm");
    }
    assertThat(write(DateCodecs.TIME_CODEC, LocalTime.of(9, 30))).isEqualTo("\"09:30\"");
  }

  @Test
  void anAmountOfFourteenIntegerDigitsIsTheLargestReadOrWritten() throws IOException {
    assertThat(read(NumberCodecs.MONEY, "99999999999999.99")).isEqualTo(Money.of("99999999999999.99"));
    assertThat(read(NumberCodecs.MONEY, "-99999999999999.99")).isEqualTo(Money.of("-99999999999999.99"));
    assertThat(refused(NumberCodecs.MONEY, "100000000000000").englishMessage())
        .isEqualTo("amount \"100000000000000\" is too large (at most 14 integer digits)");
    assertThat(refused(NumberCodecs.MONEY, "-100000000000000.00").englishMessage()).contains("is too large");
    assertThat(write(NumberCodecs.MONEY, Money.of("99999999999999.99"))).isEqualTo("99999999999999.99");
    assertThatThrownBy(() -> write(NumberCodecs.MONEY, Money.of(NumberCodecs.MONEY_LIMIT)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("below 10^14 euros");
    assertThatThrownBy(() -> write(NumberCodecs.MONEY, Money.of(NumberCodecs.MONEY_LIMIT.negate())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void textWithAPairedSurrogateIsReadAndAnUnpairedOneIsRefusedWhereItIs() throws IOException {
    assertThat(read(TextCodecs.STRING, "\"Sportello \uD83D\uDE00\"")).isEqualTo("Sportello \uD83D\uDE00");
    assertThat(read(TextCodecs.STRING, "\"\uD83D\uDE00\"")).isEqualTo("\uD83D\uDE00");
    assertThat(read(TextCodecs.STRING, "\"\uD7FF\uE000\"")).as("the neighbours of the surrogates")
        .isEqualTo("\uD7FF\uE000");
    assertThat(refused(TextCodecs.STRING, "\"\\uDC00\"").englishMessage())
        .isEqualTo("text with an unpaired UTF-16 surrogate (\\uDC00 at character 1): not Unicode text");
    assertThat(refused(TextCodecs.STRING, "\"\\uD800\"").englishMessage()).contains("(\\uD800 at character 1)");
    assertThat(refused(TextCodecs.STRING, "\"ab\\uD83D\"").englishMessage()).contains("(\\uD83D at character 3)");
  }

  @Test
  void textWithAnUnpairedSurrogateIsNotWrittenWhereverItIs() throws IOException {
    assertThat(write(TextCodecs.STRING, "Sportello \uD83D\uDE00")).isEqualTo("\"Sportello \uD83D\uDE00\"");
    assertThatThrownBy(() -> write(TextCodecs.STRING, "\uDC00 Crema"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(\\uDC00 at index 0)");
    assertThatThrownBy(() -> write(TextCodecs.STRING, "Crema \uD800"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(\\uD800 at index 6)");
  }

  @Test
  void aDigitStringIsExactlyItsCountOfAsciiDigits() throws IOException {
    Codec<String> istat = TextCodecs.digitString(6, "value.istatCode");
    assertThat(read(istat, "\"019035\"")).isEqualTo("019035");
    assertThat(refused(istat, "\"19035\"").englishMessage()).isEqualTo("\"19035\" is not a six-digit ISTAT code");
    assertThat(refused(istat, "\"0190350\"").kind()).isEqualTo(ReadErrorKind.INVALID_VALUE);
    assertThat(refused(istat, "\"01903a\"").kind()).isEqualTo(ReadErrorKind.INVALID_VALUE);
    assertThat(write(istat, "019035")).isEqualTo("\"019035\"");
  }

  @Test
  void anEnumIsReadFromItsLowerCaseName() throws IOException {
    Codec<MeetingMode> mode = EnumCodecs.enumCodec(MeetingMode.class);
    assertThat(read(mode, "\"in_person\"")).isEqualTo(MeetingMode.IN_PERSON);
    assertThat(write(mode, MeetingMode.ONLINE)).isEqualTo("\"online\"");
    assertThat(refused(mode, "\"IN_PERSON\"").kind()).isEqualTo(ReadErrorKind.INVALID_VALUE);
  }
}
