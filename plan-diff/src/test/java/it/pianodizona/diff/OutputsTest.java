package it.pianodizona.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.pianodizona.model.ImmutableZonePlan;
import it.pianodizona.model.ZonePlan;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The JSON and text outputs of the Crema test pair, and of hostile plan text. */
class OutputsTest {

  @Test
  void theJsonDocumentHasTheDocumentedShape() throws Exception {
    PlanDiff diff = PlanDiff.between(CremaEditedCopyTest.crema(), CremaEditedCopyTest.edited());
    JsonNode json = Trees.mapper().readTree(DiffJson.write(diff, Optional.empty()));

    assertThat(json.get("format").textValue()).isEqualTo("pianodizona-plan-diff/1");
    assertThat(json.get("match").textValue()).isEqualTo("ids");
    assertThat(json.get("identical").booleanValue()).isFalse();
    assertThat(json.at("/changes/0/kind").textValue()).isEqualTo("changed");
    assertThat(json.at("/changes/0/label/it").textValue()).isEqualTo("Obiettivo 3 › Descrizione");
    assertThat(json.at("/changes/0/label/en").textValue()).isEqualTo("Objective 3 › Description");
    assertThat(json.at("/changes/0/before/path").textValue()).isEqualTo("/objectives/2/description");
    assertThat(json.at("/changes/0/words/1/kind").textValue()).isEqualTo("deleted");
    assertThat(json.at("/changes/1/before/value").decimalValue()).isEqualByComparingTo("15000.00");
    assertThat(json.at("/changes/1/after/value").toString()).isEqualTo("18000.00");
    assertThat(json.at("/changes/2/kind").textValue()).isEqualTo("added");
    assertThat(json.at("/changes/2/before").isMissingNode()).isTrue();
    assertThat(json.at("/budget/0/scope").textValue()).isEqualTo("cell");
    assertThat(json.at("/budget/0/change").toString()).isEqualTo("3000.00");
    assertThat(json.at("/budget/0/percentChange").toString()).isEqualTo("20.00");
    assertThat(json.at("/budget/1/scope").textValue()).isEqualTo("year_total");
    assertThat(json.has("findings")).isFalse();
  }

  @Test
  void aBlankAmountIsUnknownNotZero() throws Exception {
    ZonePlan crema = CremaEditedCopyTest.crema();
    var lines = new java.util.ArrayList<>(crema.budget().lines());
    lines.set(0, it.pianodizona.model.budget.ImmutableBudgetLine.copyOf(lines.get(0)).withAmount(Optional.empty()));
    ZonePlan blank = ImmutableZonePlan.copyOf(crema).withBudget(
        it.pianodizona.model.budget.ImmutableBudget.copyOf(crema.budget()).withLines(lines));

    PlanDiff diff = PlanDiff.between(crema, blank);

    assertThat(diff.budgetDeltas()).hasSize(2).allSatisfy(delta -> {
      assertThat(delta.after()).isEqualTo(BudgetFigure.BLANK);
      assertThat(delta.change()).isEmpty();
      assertThat(delta.percentChange()).isEmpty();
    });
    assertThat(DiffText.write(diff, Optional.empty(), Locale.ITALIAN))
        .contains("15000.00 → non indicato (variazione non calcolabile)");
    assertThat(DiffText.write(diff, Optional.empty(), Locale.ENGLISH))
        .contains("15000.00 → blank (unknown) (change unknown)");
  }

  @Test
  void planTextCannotDriveTheTerminal() throws Exception {
    ZonePlan crema = CremaEditedCopyTest.crema();
    ZonePlan hostile = ImmutableZonePlan.copyOf(crema).withTitle("Piano\u001b[2J\nfalso\u202e");

    String text = DiffText.write(PlanDiff.between(crema, hostile), Optional.empty(), Locale.ITALIAN);

    assertThat(text).doesNotContain("\u001b").doesNotContain("\u202e").contains("Piano\\u001b[2J\\nfalso\\u202e");
    assertThat(text.lines()).hasSize(3);
  }
}
