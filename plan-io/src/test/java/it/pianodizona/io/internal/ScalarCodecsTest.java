package it.pianodizona.io.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import it.pianodizona.io.PlanReadException;
import it.pianodizona.io.ReadErrorKind;
import it.pianodizona.model.common.PartialDate;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Valori semplici al confine: partial dates of four, seven and ten characters and nothing in
 * between, whole numbers at and past their bounds with the message that names the bounds there
 * are, decimals up to the largest scale, and the edit distance behind "did you mean".
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
}
