package it.pianodizona.rules;

import static it.pianodizona.testkit.assertions.ReportAssert.assertThat;
import static it.pianodizona.testkit.mutators.PlanEdits.copy;
import static it.pianodizona.testkit.mutators.PlanEdits.replace;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.objective.ImmutableObjective;
import it.pianodizona.model.participation.ImmutableMeeting;
import it.pianodizona.model.participation.Meeting;
import it.pianodizona.model.territory.ImmutableOrganisation;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.standard.StandardRules;
import it.pianodizona.testkit.mutators.PlanEdits;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * DUPLICATE_ID on long lists, which it hashes, and across the two lists of the party space; its
 * property test puts the duplicate in an objective's short list of actions, which it compares
 * pair by pair.
 */
class DuplicateIdTest {

  private static final ZonePlan PLAN = PlanGenerator.generate(2015, PlanShape.cremaSized(Region.LOMBARDIA));
  private static final Validator VALIDATOR = Validator.of(StandardRules.catalogue().only(List.of("DUPLICATE_ID")));

  @Test
  void aDuplicateInALongListIsReportedWithItsFirstUse() {
    Assertions.assertThat(PLAN.objectives()).hasSizeGreaterThan(8);
    ZonePlan plan = copy(PLAN).withObjectives(replace(PLAN.objectives(), 9,
        ImmutableObjective.copyOf(PLAN.objectives().get(9)).withId(PLAN.objectives().get(3).id())));

    assertThat(VALIDATOR.validate(plan)).hasOnlyFindingsOf("DUPLICATE_ID")
        .hasFinding("DUPLICATE_ID").at("/objectives/9/id").withValue("first", "/objectives/3").times(1);
  }

  @Test
  void everyLaterUseIsReportedAgainstTheFirst() {
    List<Meeting> meetings = PLAN.participation().meetings();
    Assertions.assertThat(meetings).hasSizeGreaterThan(8);
    String first = meetings.get(4).id();
    ZonePlan plan = PlanEdits.participation(PLAN, p -> p.withMeetings(replace(replace(meetings,
        12, ImmutableMeeting.copyOf(meetings.get(12)).withId(first)),
        15, ImmutableMeeting.copyOf(meetings.get(15)).withId(first))));

    assertThat(VALIDATOR.validate(plan)).hasFinding("DUPLICATE_ID")
        .withValue("first", "/participation/meetings/4").times(2);
  }

  @Test
  void municipalitiesAndOrganisationsShareOneSpace() {
    String municipality = PLAN.district().municipalities().get(5).id();
    ZonePlan plan = copy(PLAN).withOrganisations(replace(PLAN.organisations(), 0,
        ImmutableOrganisation.copyOf(PLAN.organisations().get(0)).withId(municipality)));

    assertThat(VALIDATOR.validate(plan)).hasFinding("DUPLICATE_ID").at("/organisations/0/id")
        .withValue("id", municipality).withValue("first", "/district/municipalities/5").times(1);
  }
}
