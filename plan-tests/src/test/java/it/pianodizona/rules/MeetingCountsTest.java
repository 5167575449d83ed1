package it.pianodizona.rules;

import static it.pianodizona.testkit.assertions.ReportAssert.assertThat;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.CountedSubject;
import it.pianodizona.model.DeclaredCount;
import it.pianodizona.model.ImmutableDeclaredCount;
import it.pianodizona.model.ImmutableZonePlan;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.participation.ImmutableParticipation;
import it.pianodizona.model.participation.Meeting;
import it.pianodizona.model.participation.WorkTableKind;
import it.pianodizona.model.territory.Region;
import it.pianodizona.testkit.mutators.RuleTesting;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The meeting counts a plan declares ("ogni tavolo si è riunito 3 volte", "2 plenarie") judged on
 * the tables and phase they name: one table, the phase, a sub-district, a kind of table. The
 * generated plan holds the same number of meetings for every table; the first thematic table and
 * the plenary each lose one here.
 */
class MeetingCountsTest {

  private static final ZonePlan PLAN = PlanGenerator.generate(15, new PlanShape(Region.LOMBARDIA, 1, 1, 1, 1));
  private static final int HELD = (int) PLAN.participation().meetings().stream()
      .filter(m -> m.workTableId().equals(Optional.of("table-1"))).count();

  /** The plan with one meeting fewer for {@code table-0} and for the plenary, and this declared count. */
  private static ZonePlan declaring(ImmutableDeclaredCount count) {
    ImmutableList.Builder<Meeting> kept = ImmutableList.builder();
    boolean[] dropped = new boolean[2];
    for (Meeting m : PLAN.participation().meetings()) {
      int which = m.workTableId().equals(Optional.of("table-0")) ? 0 : m.workTableId().equals(Optional.of("plenary")) ? 1 : -1;
      if (which >= 0 && !dropped[which]) {
        dropped[which] = true;
      } else {
        kept.add(m);
      }
    }
    return ImmutableZonePlan.copyOf(PLAN)
        .withParticipation(ImmutableParticipation.copyOf(PLAN.participation()).withMeetings(kept.build()))
        .withDeclaredCounts(count);
  }

  private static ImmutableDeclaredCount perTable(int value) {
    return DeclaredCount.builder().subject(CountedSubject.MEETINGS_PER_TABLE).value(value)
        .statedAs("ogni tavolo si è riunito " + value + " volte").build();
  }

  private static ImmutableDeclaredCount plenaries(int value) {
    return DeclaredCount.builder().subject(CountedSubject.PLENARY_MEETINGS).value(value)
        .statedAs(value + " incontri plenari").build();
  }

  private static ValidationReport validate(ZonePlan plan) {
    return RuleTesting.validate(plan, plan.period().start(), Locale.ENGLISH);
  }

  @Test
  void aCountScopedToOneTableJudgesThatTableAlone() {
    assertThat(validate(declaring(perTable(HELD).withScopeId("table-1")))).hasNoFinding("TABLE_MEETING_COUNT_MISMATCH");
    assertThat(validate(declaring(perTable(HELD).withScopeId("table-0")))).hasFinding("TABLE_MEETING_COUNT_MISMATCH")
        .at("/declaredCounts/0").withValue("expected", HELD).withValue("actual", HELD - 1).times(1);
  }

  @Test
  void aCountScopedToThePhaseJudgesItsThematicTablesAndOneScopedToASubDistrictTheTablesOfThatSubDistrict() {
    assertThat(validate(declaring(perTable(HELD).withScopeId("phase-1")))).hasFinding("TABLE_MEETING_COUNT_MISMATCH")
        .withValue("table", PLAN.workTablesById().get("table-0").name()).times(1);
    assertThat(validate(declaring(perTable(HELD).withScopeId("sub-0")))).hasNoFinding("TABLE_MEETING_COUNT_MISMATCH");
  }

  @Test
  void aCountOfAKindOfTableJudgesTheTablesOfThatKindInsteadOfTheThematicOnes() {
    assertThat(validate(declaring(perTable(HELD).withWorkTableKind(WorkTableKind.PLENARY))))
        .hasFinding("TABLE_MEETING_COUNT_MISMATCH").withValue("table", "Plenaria d'ambito").times(1);
    assertThat(validate(declaring(perTable(HELD - 1).withWorkTableKind(WorkTableKind.PLENARY))))
        .hasNoFinding("TABLE_MEETING_COUNT_MISMATCH");
  }

  @Test
  void aPlenaryCountScopedToThePhaseCountsItsPlenariesAndOneOfAnUnknownPhaseIsLeftAlone() {
    assertThat(validate(declaring(plenaries(HELD - 1).withScopeId("phase-1")))).hasNoFinding("PLENARY_COUNT_MISMATCH");
    assertThat(validate(declaring(plenaries(HELD).withScopeId("phase-1")))).hasFinding("PLENARY_COUNT_MISMATCH")
        .at("/declaredCounts/0").withValue("expected", HELD).withValue("actual", HELD - 1);
    assertThat(validate(declaring(plenaries(HELD).withScopeId("phase-2")))).hasNoFinding("PLENARY_COUNT_MISMATCH");
  }
}
