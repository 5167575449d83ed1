package it.pianodizona.rules.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The duplicate rules' keys are the ones their first, regular-expression form gave, for any text. */
class ReadingKeysTest {

  /** The organisations' key as OrganisationDuplicate first wrote it. */
  private static String organisationKey(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ITALIAN).replace(".", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  /** The objectives' key as ObjectiveCodeDuplicate first wrote it. */
  private static String codeKey(String text) {
    return text.toLowerCase(Locale.ITALIAN).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  @Test
  void acronymsPunctuationAccentsAndSpacesDoNotCount() {
    assertThat(OrganisationDuplicate.normalise("A.S.S.T. Crema")).isEqualTo("asst crema");
    assertThat(OrganisationDuplicate.normalise("  ASST   Crema ")).isEqualTo("asst crema");
    assertThat(OrganisationDuplicate.normalise("Comunità Società-Cooperativa")).isEqualTo("comunita societa cooperativa");
    assertThat(ObjectiveCodeDuplicate.normalise("Obiettivo  8.")).isEqualTo("obiettivo 8");
    assertThat(ObjectiveCodeDuplicate.normalise("O.B. 8")).isEqualTo("o b 8");
    assertThat(ObjectiveCodeDuplicate.normalise("...")).isEmpty();
  }

  @Property(tries = 1000)
  void asciiTextGetsTheKeyOfTheRegularExpressions(
      @ForAll @StringLength(max = 40) @CharRange(from = 0, to = 127) String text) {
    assertThat(OrganisationDuplicate.normalise(text)).isEqualTo(organisationKey(text));
    assertThat(ObjectiveCodeDuplicate.normalise(text)).isEqualTo(codeKey(text));
  }

  @Property(tries = 1000)
  void punctuatedTextGetsTheKeyOfTheRegularExpressions(
      @ForAll @StringLength(max = 30) @Chars({'a', 'Z', '0', '9', '.', ' ', '-', '\'', '\t', '\u00e0', '\u00c8', '\u0130'})
      String text) {
    assertThat(OrganisationDuplicate.normalise(text)).isEqualTo(organisationKey(text));
    assertThat(ObjectiveCodeDuplicate.normalise(text)).isEqualTo(codeKey(text));
  }

  @Property(tries = 1000)
  void anyTextGetsTheKeyOfTheRegularExpressions(@ForAll @StringLength(max = 30) String text) {
    assertThat(OrganisationDuplicate.normalise(text)).isEqualTo(organisationKey(text));
    assertThat(ObjectiveCodeDuplicate.normalise(text)).isEqualTo(codeKey(text));
  }
}
