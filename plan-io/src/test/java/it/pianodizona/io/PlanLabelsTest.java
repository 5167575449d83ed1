package it.pianodizona.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Labels beside pointers: Italian first, counted from 1, every field of the format named. */
class PlanLabelsTest {

  @Test
  void anIndicatorsTargetIsNamedAsADocumentNamesIt() {
    assertThat(PlanLabels.italian("/objectives/6/indicators/1/target"))
        .isEqualTo("Obiettivo 7 › Indicatore 2 › valore atteso");
    assertThat(PlanLabels.english("/objectives/6/indicators/1/target"))
        .isEqualTo("Objective 7 › Indicator 2 › target");
  }

  @Test
  void aListWithoutAnIndexIsNamedInThePlural() {
    assertThat(PlanLabels.italian("/governanceBodies")).isEqualTo("organi di governo");
    assertThat(PlanLabels.english("/governanceBodies")).isEqualTo("governance bodies");
    assertThat(PlanLabels.italian("/budget/declaredTotals/0/amount")).isEqualTo("risorse › Totale dichiarato 1 › importo");
  }

  @Test
  void theRootIsThePlanAndTheLanguageFollowsTheLocale() {
    assertThat(PlanLabels.label("", Locale.ITALIAN)).isEqualTo("piano");
    assertThat(PlanLabels.label("/", Locale.ENGLISH)).isEqualTo("plan");
    assertThat(PlanLabels.label("/district/leadMunicipalityId", Locale.forLanguageTag("it-IT")))
        .isEqualTo("ambito › comune capofila");
    assertThat(PlanLabels.label("/district/leadMunicipalityId", Locale.GERMAN))
        .isEqualTo("district › lead municipality");
  }

  @Test
  void aShortFieldWithoutAnEnglishNameIsNamedByItsJsonName() {
    assertThat(PlanLabels.english("/objectives/0/id")).isEqualTo("Objective 1 › id");
    assertThat(PlanLabels.italian("/objectives/0/id")).isEqualTo("Obiettivo 1 › identificativo");
    assertThat(PlanLabels.english("/period/end")).isEqualTo("period › end");
  }

  @Test
  void anUnknownNameOrAnEscapedSegmentIsShownAsItIs() {
    assertThat(PlanLabels.italian("/objectives/0/futureField")).isEqualTo("Obiettivo 1 › futureField");
    assertThat(PlanLabels.italian("/a~1b/7")).isEqualTo("a/b › 7");
  }

  @Test
  void anIndexIsUpToNineDigitsAndNothingElse() {
    // Nine digits still fit an int once counted from 1; ten may not, and are shown as they are.
    assertThat(PlanLabels.italian("/objectives/123456789")).isEqualTo("Obiettivo 123456790");
    assertThat(PlanLabels.italian("/objectives/1234567890")).isEqualTo("obiettivi › 1234567890");
    assertThat(PlanLabels.english("/objectives/0")).isEqualTo("Objective 1");
    assertThat(PlanLabels.english("/objectives/9")).isEqualTo("Objective 10");
    // '0' and '9' are digits; the characters around them ('.' before, ':' after) are not.
    assertThat(PlanLabels.italian("/objectives/1.")).isEqualTo("obiettivi › 1.");
    assertThat(PlanLabels.italian("/objectives/1:")).isEqualTo("obiettivi › 1:");
  }

  @Test
  void aFieldOfNoVersionOfTheFormIsNotKnown() {
    assertThat(PlanLabels.knows("objectives")).isTrue();
    assertThat(PlanLabels.knows("target")).isTrue();
    assertThat(PlanLabels.knows("futureField")).isFalse();
  }

  @Test
  void everyPropertyOfTheSchemaHasAName() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(PlanJson.schema());
    Set<String> unknown = new TreeSet<>();
    collect(schema, unknown);
    assertThat(unknown).as("fields of the JSON form without a label").isEmpty();
  }

  private static void collect(JsonNode node, Set<String> unknown) {
    JsonNode properties = node.get("properties");
    if (properties != null && properties.isObject()) {
      properties.fieldNames().forEachRemaining(name -> {
        if (!PlanLabels.knows(name)) {
          unknown.add(name);
        }
      });
    }
    node.forEach(child -> collect(child, unknown));
  }
}
