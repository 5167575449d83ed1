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
}
