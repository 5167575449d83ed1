package it.pianodizona.diff;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ImmutableZonePlan;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.objective.ImmutableObjective;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A successor plan renumbers its objectives' ids but keeps their codes: --match codes pairs them. */
class SuccessorPlanTest {

  /** Crema with every objective's id renamed (an illustrative edit) and the objectives in reverse order. */
  private static ZonePlan renamed(ZonePlan crema) {
    var objectives = crema.objectives().stream()
        .map(o -> (it.pianodizona.model.objective.Objective) ImmutableObjective.copyOf(o).withId("next-" + o.id()))
        .collect(Collectors.toList());
    java.util.Collections.reverse(objectives);
    return ImmutableZonePlan.copyOf(crema).withObjectives(objectives);
  }

  @Test
  void byIdsEveryRenamedObjectiveIsRemovedAndAddedAgain() throws Exception {
    ZonePlan crema = CremaEditedCopyTest.crema();
    PlanDiff diff = PlanDiff.between(crema, renamed(crema));

    assertThat(diff.changes()).filteredOn(c -> c.kind() == ChangeKind.REMOVED).hasSize(crema.objectives().size());
    assertThat(diff.changes()).filteredOn(c -> c.kind() == ChangeKind.ADDED).hasSize(crema.objectives().size());
  }

  @Test
  void byCodesEachObjectiveIsPairedWithItsSuccessorAndTheChangesSaySo() throws Exception {
    ZonePlan crema = CremaEditedCopyTest.crema();
    ZonePlan next = renamed(crema);
    PlanDiff diff = PlanDiff.between(crema, next, DiffOptions.builder().match(MatchBy.CODES).build());

    assertThat(diff.changes()).filteredOn(c -> c.kind() == ChangeKind.CHANGED)
        .hasSize(crema.objectives().size())
        .allSatisfy(c -> {
          assertThat(c.path()).endsWith("/id");
          assertThat(c.pairedBy()).contains(Pairing.CODE);
        });
    // Reversing ten objectives keeps one in place and moves nine.
    assertThat(diff.changes()).filteredOn(c -> c.kind() == ChangeKind.MOVED).hasSize(crema.objectives().size() - 1);
    assertThat(diff.changes()).filteredOn(c -> c.kind() == ChangeKind.ADDED || c.kind() == ChangeKind.REMOVED).isEmpty();
    assertThat(Patches.applyAndWrite(diff, crema)).isEqualTo(PlanJson.write(next));
  }
}
