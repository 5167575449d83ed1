package it.pianodizona.registry;

import static it.pianodizona.registry.MunicipalityNames.normalise;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MunicipalityNamesTest {

  @Test
  void caseAndAccentsDoNotCount() {
    assertThat(normalise("Agliè")).isEqualTo("aglie").isEqualTo(normalise("AGLIE"));
    assertThat(normalise("Châtillon")).isEqualTo("chatillon");
  }

  @Test
  void anAccentWrittenAsAnApostropheDoesNotCount() {
    assertThat(normalise("Aglie'")).isEqualTo(normalise("Agliè"));
  }

  @Test
  void everyKindOfApostropheIsOne() {
    assertThat(normalise("Sant'Angelo Lodigiano")).isEqualTo(normalise("Sant’Angelo Lodigiano"))
        .isEqualTo(normalise("Sant Angelo Lodigiano"));
  }

  @Test
  void theAbbreviatedSaintIsTheSaint() {
    assertThat(normalise("S. Giovanni in Croce")).isEqualTo(normalise("San Giovanni in Croce"));
    assertThat(normalise("Borgo S. Dalmazzo")).isEqualTo(normalise("Borgo San Dalmazzo"));
    assertThat(normalise("S. Maria della Versa")).isEqualTo(normalise("Santa Maria della Versa"));
  }

  @Test
  void hyphensAndRunsOfSpacesAreOneSpace() {
    assertThat(normalise(" Pont-Canavese ")).isEqualTo("pont canavese").isEqualTo(normalise("Pont  Canavese"));
  }

  @Test
  void aNameOfNothingButPunctuationIsEmpty() {
    assertThat(normalise(" - ' ")).isEmpty();
  }

  @Test
  void anAccentWrittenApartFromItsLetterDoesNotCount() {
    assertThat(normalise("Cante\u0300")).isEqualTo("cante");
    assertThat(normalise("Agli\u0065\u0300 Torinese")).isEqualTo("aglie torinese");
  }

  @Test
  void lettersBeyondLatinAreDecomposedToo() {
    assertThat(normalise("\u1e9eapsi\u1ebd")).isEqualTo(normalise("\u1e9eapsie"));
  }

  @Test
  void wordsThatOnlyStartLikeASaintStayWhole() {
    assertThat(normalise("Santhià")).isEqualTo("santhia");
    assertThat(normalise("Sanremo")).isEqualTo("sanremo");
    assertThat(normalise("Santena")).isEqualTo("santena");
    assertThat(normalise("Sa Santos")).isEqualTo("sa santos");
  }
}
