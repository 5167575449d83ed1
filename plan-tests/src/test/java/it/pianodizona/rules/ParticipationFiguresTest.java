package it.pianodizona.rules;

import static it.pianodizona.testkit.assertions.ReportAssert.assertThat;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.CountedSubject;
import it.pianodizona.model.DeclaredCount;
import it.pianodizona.model.ImmutableDeclaredCount;
import it.pianodizona.model.ImmutableZonePlan;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.participation.ImmutableMeeting;
import it.pianodizona.model.participation.ImmutableParticipation;
import it.pianodizona.model.participation.Meeting;
import it.pianodizona.model.territory.Organisation;
import it.pianodizona.model.territory.Region;
import it.pianodizona.testkit.mutators.RuleTesting;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * PARTICIPATION_FIGURE_MISMATCH on figures scoped to a meeting, a table or a phase ("al primo
 * incontro hanno partecipato 1 ente", "il tavolo si è riunito 1 volta"): the meetings in that scope
 * are counted, and a figure below what they list is reported. The first meeting of the generated
 * plan is given two third-sector participants here; the figures are illustrative.
 */
class ParticipationFiguresTest {

  private static final ZonePlan BASE = PlanGenerator.generate(15, new PlanShape(Region.LOMBARDIA, 1, 1, 1, 2));
  private static final Meeting FIRST = BASE.participation().meetings().get(0);
  private static final List<String> TWO = BASE.organisations().stream().filter(Organisation::isThirdSectorEntity)
      .limit(2).map(Organisation::id).toList();
  private static final ZonePlan PLAN = ImmutableZonePlan.copyOf(BASE).withParticipation(
      ImmutableParticipation.copyOf(BASE.participation()).withMeetings(ImmutableList.<Meeting>builder()
          .add(ImmutableMeeting.copyOf(FIRST).withParticipantIds(TWO))
          .addAll(BASE.participation().meetings().subList(1, BASE.participation().meetings().size())).build()));
  private static final String TABLE = FIRST.workTableId().orElseThrow();
  private static final long OF_TABLE = PLAN.participation().meetings().stream()
      .filter(m -> m.workTableId().equals(Optional.of(TABLE))).count();
  private static final String RULE = "PARTICIPATION_FIGURE_MISMATCH";

  private static ValidationReport declaring(ImmutableDeclaredCount count) {
    ZonePlan plan = ImmutableZonePlan.copyOf(PLAN).withDeclaredCounts(count);
    return RuleTesting.validate(plan, plan.period().start(), Locale.ENGLISH);
  }

  private static ImmutableDeclaredCount count(CountedSubject subject, int value, String scope) {
    return DeclaredCount.builder().subject(subject).value(value).scopeId(scope).statedAs("illustrativo").build();
  }

  @Test
  void theOrganisationsAtAMeetingAreThoseItLists() {
    assertThat(declaring(count(CountedSubject.ORGANISATIONS, 2, FIRST.id()))).hasNoFinding(RULE);
    assertThat(declaring(count(CountedSubject.ORGANISATIONS, 1, FIRST.id()))).hasFinding(RULE).at("/declaredCounts/0")
        .withValue("expected", 1).withValue("actual", 2);
  }

  @Test
  void theMeetingsOfATableOrAPhaseAreCountedAndAMeetingCountsNoMeetings() {
    assertThat(declaring(count(CountedSubject.MEETINGS, (int) OF_TABLE, TABLE))).hasNoFinding(RULE);
    assertThat(declaring(count(CountedSubject.MEETINGS, (int) OF_TABLE - 1, TABLE))).hasFinding(RULE)
        .withValue("actual", (int) OF_TABLE);
    int all = PLAN.participation().meetings().size();
    assertThat(declaring(count(CountedSubject.MEETINGS, all - 1, "phase-1"))).hasFinding(RULE).withValue("actual", all);
    assertThat(declaring(count(CountedSubject.MEETINGS, 0, FIRST.id()))).hasNoFinding(RULE);
  }

  @Test
  void aFigureScopedToNothingThePlanListsIsNotCompared() {
    assertThat(declaring(count(CountedSubject.ORGANISATIONS, 0, "phase-9"))).hasNoFinding(RULE);
    assertThat(declaring(count(CountedSubject.ORGANISATIONS, 1, TABLE))).hasFinding(RULE).withValue("actual", 2);
  }
}
