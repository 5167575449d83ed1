package it.pianodizona.diff;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ZonePlan;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bundled Crema plan against a copy with three illustrative edits (see the resource's README). */
class CremaEditedCopyTest {

  static ZonePlan crema() throws Exception {
    return PlanJson.read(Path.of("../examples/plans/crema-2015-2017.json"));
  }

  static ZonePlan edited() throws Exception {
    try (InputStream in = CremaEditedCopyTest.class.getResourceAsStream("crema-2015-2017-edited.json")) {
      return PlanJson.read(in, "crema-2015-2017-edited.json");
    }
  }

  @Test
  void theEditedCopyDiffersByExactlyTheThreeEditsMade() throws Exception {
    PlanDiff diff = PlanDiff.between(crema(), edited());

    assertThat(diff.changes()).hasSize(3);
    Change reworded = diff.changes().get(0);
    assertThat(reworded.kind()).isEqualTo(ChangeKind.CHANGED);
    assertThat(reworded.beforePath()).contains("/objectives/2/description");
    assertThat(reworded.afterPath()).contains("/objectives/2/description");
    assertThat(reworded.label()).isEqualTo(new Label("Obiettivo 3 › Descrizione", "Objective 3 › Description"));
    assertThat(reworded.words()).filteredOn(s -> s.kind() != TextSegment.Kind.EQUAL).containsExactly(
        new TextSegment(TextSegment.Kind.DELETED, "rivedere "),
        new TextSegment(TextSegment.Kind.INSERTED, "ridefinire e semplificare "));

    Change cell = diff.changes().get(1);
    assertThat(cell.kind()).isEqualTo(ChangeKind.CHANGED);
    assertThat(cell.path()).isEqualTo("/budget/lines/0/amount");
    assertThat(cell.before()).contains("15000.00");
    assertThat(cell.after()).contains("18000.00");
    assertThat(cell.label().english()).isEqualTo("Budget › Line 1 › Amount");

    Change adherent = diff.changes().get(2);
    assertThat(adherent.kind()).isEqualTo(ChangeKind.ADDED);
    assertThat(adherent.beforePath()).isEmpty();
    assertThat(adherent.afterPath()).contains("/agreement/adherents");
    assertThat(adherent.after()).contains("[{\"partyId\":\"forum-terzo-settore\"}]");
  }

  @Test
  void theChangedBudgetCellAndItsYearShowTheDeltaInEurosAndPercent() throws Exception {
    PlanDiff diff = PlanDiff.between(crema(), edited());

    assertThat(diff.budgetDeltas()).hasSize(2);
    BudgetDelta cell = diff.budgetDeltas().get(0);
    assertThat(cell.scope()).isEqualTo(BudgetDelta.Scope.CELL);
    assertThat(cell.year()).isEqualTo(Year.of(2015));
    assertThat(cell.objectiveId()).contains("obj-1");
    assertThat(cell.change()).contains(new BigDecimal("3000.00"));
    assertThat(cell.percentChange()).contains(new BigDecimal("20.00"));
    BudgetDelta total = diff.budgetDeltas().get(1);
    assertThat(total.scope()).isEqualTo(BudgetDelta.Scope.YEAR_TOTAL);
    assertThat(total.change()).isEqualTo(Optional.of(new BigDecimal("3000.00")));
    assertThat(total.before().amount()).contains(new BigDecimal("5265488.22"));
    assertThat(total.percentChange()).contains(new BigDecimal("0.06"));
  }

  @Test
  void thePatchOfTheCopyHasThreeOperationsAndReproducesItByteForByte() throws Exception {
    PlanDiff diff = PlanDiff.between(crema(), edited());

    assertThat(Trees.mapper().readTree(diff.jsonPatch())).hasSize(3);
    assertThat(Patches.applyAndWrite(diff, crema())).isEqualTo(PlanJson.write(edited()));
  }

  @Test
  void theBundledPlansTreeIsTheirCanonicalJson() throws Exception {
    for (String name : new String[] {"crema-2015-2017", "oglio-po-2021-2023", "fasano-2022-2024", "emilia-romagna-district"}) {
      ZonePlan plan = PlanJson.read(Path.of("../examples/plans/" + name + ".json"));
      assertThat(Trees.mapper().writeValueAsString(Trees.of(plan)))
          .isEqualTo(Trees.mapper().writeValueAsString(Trees.mapper().readTree(PlanJson.write(plan))));
      assertThat(PlanDiff.between(plan, plan).isEmpty()).isTrue();
    }
  }
}
