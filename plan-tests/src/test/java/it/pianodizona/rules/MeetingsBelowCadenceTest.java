package it.pianodizona.rules;

import static it.pianodizona.testkit.assertions.ReportAssert.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ImmutableZonePlan;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.governance.Cadence;
import it.pianodizona.model.governance.CadenceUnit;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.governance.ImmutableGovernanceBody;
import it.pianodizona.model.participation.ImmutableParticipation;
import it.pianodizona.model.participation.Meeting;
import it.pianodizona.model.territory.Region;
import it.pianodizona.testkit.mutators.PlanEdits;
import it.pianodizona.testkit.mutators.RuleTesting;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * MEETINGS_BELOW_CADENCE counts the weeks, months, quarters or years the recorded meetings span,
 * each unit counted whole, at the exact number where the rule starts to speak. The generated plans
 * declare monthly cadences only; the cadences here ("1 incontro a settimana" and the like) are
 * illustrative forms of the ones plans write.
 */
class MeetingsBelowCadenceTest {

  private static final ZonePlan PLAN = PlanGenerator.generate(15, new PlanShape(Region.LOMBARDIA, 1, 1, 1, 1));
  private static final int BODY = IntStream.range(0, PLAN.governanceBodies().size())
      .filter(b -> PLAN.governanceBodies().get(b).cadence().isPresent()).findFirst().orElseThrow();
  private static final String PATH = "/governanceBodies/" + BODY + "/cadence";
  private static final String RULE = "MEETINGS_BELOW_CADENCE";

  /** The plan whose body with a cadence meets {@code meetings} times per {@code per}, on these days only. */
  private static ZonePlan meeting(int meetings, CadenceUnit per, String statedAs, LocalDate... days) {
    for (LocalDate day : days) {
      assumeThat(PLAN.period().contains(day)).as("%s inside the generated period %s", day, PLAN.period()).isTrue();
    }
    GovernanceBody body = ImmutableGovernanceBody.copyOf(PLAN.governanceBodies().get(BODY))
        .withCadence(Cadence.builder().meetings(meetings).per(per).statedAs(statedAs).build());
    ImmutableList.Builder<Meeting> all = ImmutableList.builder();
    PLAN.participation().meetings().stream()
        .filter(m -> !m.governanceBodyId().equals(Optional.of(body.id()))).forEach(all::add);
    for (int i = 0; i < days.length; i++) {
      all.add(Meeting.builder().id("cadence-" + i).governanceBodyId(body.id()).date(PartialDate.of(days[i])).build());
    }
    return ImmutableZonePlan.copyOf(PlanEdits.body(PLAN, BODY, b -> body))
        .withParticipation(ImmutableParticipation.copyOf(PLAN.participation()).withMeetings(all.build()));
  }

  private static ValidationReport validate(ZonePlan plan) {
    return RuleTesting.validate(plan, plan.period().end(), Locale.ENGLISH);
  }

  private static LocalDate day(int yearsAfterStart, int month, int dayOfMonth) {
    return LocalDate.of(PLAN.period().start().getYear() + yearsAfterStart, month, dayOfMonth);
  }

  @Test
  void twoWeeklyMeetingsThirteenDaysApartSpanTwoWeeksAndAreEnough() {
    assertThat(validate(meeting(1, CadenceUnit.WEEK, "1 incontro a settimana", day(1, 3, 2), day(1, 3, 15))))
        .hasNoFinding(RULE);
  }

  @Test
  void twoWeeklyMeetingsFourteenDaysApartSpanThreeWeeks() {
    assertThat(validate(meeting(1, CadenceUnit.WEEK, "1 incontro a settimana", day(1, 3, 2), day(1, 3, 16))))
        .hasFinding(RULE).at(PATH).withMessageContaining("which means 3 meetings from " + day(1, 3, 2)
            + " to " + day(1, 3, 16) + "; 2 are recorded.");
  }

  @Test
  void twoMonthlyMeetingsInNeighbouringMonthsAreEnoughAndTwoMonthsApartAreNot() {
    assertThat(validate(meeting(1, CadenceUnit.MONTH, "1 incontro al mese", day(1, 1, 31), day(1, 2, 1))))
        .hasNoFinding(RULE);
    assertThat(validate(meeting(1, CadenceUnit.MONTH, "1 incontro al mese", day(1, 1, 10), day(1, 3, 10))))
        .hasFinding(RULE).at(PATH).withMessageContaining("which means 3 meetings");
  }

  @Test
  void quartersAreCountedAcrossTheTurnOfTheYear() {
    assertThat(validate(meeting(1, CadenceUnit.QUARTER, "1 incontro a trimestre", day(0, 11, 15), day(1, 2, 15))))
        .hasNoFinding(RULE);
    assertThat(validate(meeting(1, CadenceUnit.QUARTER, "1 incontro a trimestre", day(0, 11, 15), day(1, 5, 15))))
        .hasFinding(RULE).at(PATH).withMessageContaining("which means 3 meetings");
  }

  @Test
  void twoMeetingsAQuarterDoubleWhatTheQuartersAsk() {
    assertThat(validate(meeting(2, CadenceUnit.QUARTER, "2 incontri a trimestre", day(1, 1, 15), day(1, 2, 15),
        day(1, 4, 15)))).hasFinding(RULE).at(PATH).withMessageContaining("which means 4 meetings");
  }

  @Test
  void yearlyMeetingsInConsecutiveYearsAreEnoughAndTwoYearsApartAreNot() {
    assertThat(validate(meeting(1, CadenceUnit.YEAR, "1 incontro all'anno", day(0, 12, 1), day(1, 1, 20))))
        .hasNoFinding(RULE);
    assertThat(validate(meeting(1, CadenceUnit.YEAR, "1 incontro all'anno", day(0, 6, 1), day(2, 6, 1))))
        .hasFinding(RULE).at(PATH).withMessageContaining("which means 3 meetings");
  }
}
