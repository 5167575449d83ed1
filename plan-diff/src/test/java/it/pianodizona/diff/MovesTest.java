package it.pianodizona.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ImmutableZonePlan;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.objective.ImmutableObjective;
import it.pianodizona.model.objective.Objective;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An element that changes place is one move (and its own changes), not a removal and an addition. */
class MovesTest {

  @Test
  void anObjectiveMovedToTheFrontAndRewordedIsOneMoveAndOneChange() throws Exception {
    ZonePlan crema = CremaEditedCopyTest.crema();
    List<Objective> objectives = new ArrayList<>(crema.objectives());
    Objective last = objectives.remove(objectives.size() - 1);
    objectives.add(0, ImmutableObjective.copyOf(last).withTitle(last.title() + " (riformulato)"));
    ZonePlan moved = ImmutableZonePlan.copyOf(crema).withObjectives(objectives);
    int lastIndex = crema.objectives().size() - 1;

    PlanDiff diff = PlanDiff.between(crema, moved);

    assertThat(diff.changes()).extracting(Change::toString).containsExactly(
        "moved /objectives/" + lastIndex + " -> /objectives/0",
        "changed /objectives/" + lastIndex + "/title -> /objectives/0/title \"" + last.title() + "\" => \""
            + last.title() + " (riformulato)\"");
    assertThat(diff.changes().get(0).label().italian()).isEqualTo("Obiettivo 1");
    JsonNode patch = Trees.mapper().readTree(diff.jsonPatch());
    assertThat(patch.get(0).get("op").textValue()).isEqualTo("move");
    assertThat(patch.get(0).get("from").textValue()).isEqualTo("/objectives/" + lastIndex);
    assertThat(patch).hasSize(2);
    assertThat(Patches.applyAndWrite(diff, crema)).isEqualTo(PlanJson.write(moved));
  }

  @Test
  void theMirrorOfAMoveIsTheMoveBack() throws Exception {
    ZonePlan crema = CremaEditedCopyTest.crema();
    List<Objective> objectives = new ArrayList<>(crema.objectives());
    objectives.add(0, objectives.remove(objectives.size() - 1));
    ZonePlan moved = ImmutableZonePlan.copyOf(crema).withObjectives(objectives);

    assertThat(PlanDiff.between(moved, crema).changes()).extracting(Change::toString)
        .containsExactly("moved /objectives/0 -> /objectives/" + (objectives.size() - 1));
  }
}
