package it.pianodizona.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import org.junit.jupiter.api.Test;

/**
 * Voci dei testi dello schema: each text is "Titolo | Descrizione." with both halves, and each
 * list of examples a JSON array that is not empty; an entry of another shape is refused by
 * name when it is asked for, so a slip in the file fails the build rather than the schema.
 */
class SchemaTextsEntriesTest {

  private static SchemaTexts texts(String italian, String english) {
    return new SchemaTexts(ImmutableMap.of("Objective.it", italian, "Objective.en", english));
  }

  @Test
  void aTextIsATitleAndADescriptionAroundABar() {
    SchemaTexts.Text text = texts("Obiettivo | Un obiettivo del piano.", "Objective | An objective of the plan.")
        .definition("Objective").orElseThrow();

    assertThat(text).isEqualTo(new SchemaTexts.Text("Obiettivo", "Un obiettivo del piano.",
        "Objective", "An objective of the plan."));
    assertThat(text.title()).isEqualTo("Obiettivo / Objective");
    assertThat(texts("LEPS | Livelli.", "LEPS | Levels.").definition("Objective").orElseThrow().title())
        .isEqualTo("LEPS");
  }

  @Test
  void aTextWithoutATitleADescriptionOrTheBarIsRefusedByItsKey() {
    for (String italian : new String[] {"Obiettivo", " | Un obiettivo del piano.", "Obiettivo | ", "Obiettivo |"}) {
      assertThatThrownBy(() -> texts(italian, "Objective | An objective of the plan.").definition("Objective"))
          .as("'%s'", italian)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Objective.it in schema-texts.properties is not \"Title | Description.\"");
    }
    assertThat(texts("Obiettivo | U", "Objective | A").definition("Objective")).isPresent();
  }

  @Test
  void aTextInOneLanguageOnlyIsNoText() {
    assertThat(new SchemaTexts(ImmutableMap.of("Objective.it", "Obiettivo | Un obiettivo."))
        .definition("Objective")).isEmpty();
  }

  @Test
  void examplesAreANonEmptyJsonArray() {
    assertThat(new SchemaTexts(ImmutableMap.of("Municipality.istatCode.examples", "[\"019035\", \"019009\"]"))
        .examples("Municipality", "istatCode").orElseThrow()).hasSize(2);
    for (String value : new String[] {"[]", "\"019035\"", "{\"a\": 1}"}) {
      assertThatThrownBy(() -> new SchemaTexts(ImmutableMap.of("Municipality.istatCode.examples", value))
          .examples("Municipality", "istatCode"))
          .as(value)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Municipality.istatCode.examples in schema-texts.properties is not a JSON array of examples");
    }
    assertThatThrownBy(() -> new SchemaTexts(ImmutableMap.of("Municipality.istatCode.examples", "[019035"))
        .examples("Municipality", "istatCode"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not JSON");
  }
}
