package it.pianodizona.testkit.mutators;

import static it.pianodizona.rules.spi.PlanFields.AGREEMENT;
import static it.pianodizona.rules.spi.PlanFields.DECLARED_COUNTS;
import static it.pianodizona.rules.spi.PlanFields.END_TIME;
import static it.pianodizona.rules.spi.PlanFields.MEETINGS;
import static it.pianodizona.rules.spi.PlanFields.PARTICIPATION;
import static it.pianodizona.rules.spi.PlanFields.SIGNATORIES;
import static it.pianodizona.testkit.mutators.PlanEdits.choose;
import static it.pianodizona.testkit.mutators.PlanEdits.indexesOf;
import static it.pianodizona.testkit.mutators.PlanEdits.replace;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.CountedSubject;
import it.pianodizona.model.DeclaredCount;
import it.pianodizona.model.ImmutableDeclaredCount;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.Signatory;
import it.pianodizona.model.participation.ImmutableMeeting;
import it.pianodizona.model.participation.Meeting;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.model.territory.Party;
import it.pianodizona.rules.spi.Pointer;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * Mutatori dei campi dello schema 1.1 (issue 17): one mutator per rule that reads a meeting's end
 * time, a participation figure or an agreement's unstated signatories.
 */
public final class Schema11Mutators {

  private Schema11Mutators() {}

  /** The mutators of these rules, one per rule. */
  public static ImmutableList<Mutator> all() {
    return ImmutableList.of(
        Mutator.of("MEETING_ENDS_BEFORE_START", Schema11Mutators::meetingEndsBeforeStart),
        Mutator.of("PARTICIPATION_FIGURE_MISMATCH", Schema11Mutators::participationFigureBelowListed),
        Mutator.of("AGREEMENT_WITHOUT_SIGNATORIES", Schema11Mutators::agreementWithoutSignatories));
  }

  /** A one-day meeting's end time an hour before its start. */
  private static Optional<Mutation> meetingEndsBeforeStart(ZonePlan plan, int pick) {
    List<Meeting> meetings = plan.participation().meetings();
    return choose(indexesOf(meetings, m -> m.endDate().isEmpty()
        && m.startTime().filter(s -> s.isAfter(LocalTime.of(1, 0))).isPresent()), pick).map(m -> {
          Meeting meeting = meetings.get(m);
          Meeting mutated = ImmutableMeeting.copyOf(meeting).withEndTime(meeting.startTime().get().minusHours(1));
          return new Mutation(PlanEdits.participation(plan, p -> p.withMeetings(replace(p.meetings(), m, mutated))),
              "MEETING_ENDS_BEFORE_START",
              Pointer.root().field(PARTICIPATION).item(MEETINGS, m).field(END_TIME).toString(), Optional.empty());
        });
  }

  /** A figure of the process's third-sector organisations one below those its meetings list. */
  private static Optional<Mutation> participationFigureBelowListed(ZonePlan plan, int pick) {
    long listed = plan.participation().meetings().stream().flatMap(m -> m.participantIds().stream()).distinct()
        .map(plan::party).flatMap(Optional::stream).map(Party::kind)
        .filter(k -> k == OrganisationKind.THIRD_SECTOR).count();
    List<DeclaredCount> counts = plan.declaredCounts();
    return choose(indexesOf(counts, c -> c.subject() == CountedSubject.ORGANISATIONS && c.scopeId().isEmpty()
        && c.participantKind().equals(Optional.of(OrganisationKind.THIRD_SECTOR))), pick)
        .filter(i -> listed > 0)
        .map(i -> new Mutation(
            PlanEdits.copy(plan).withDeclaredCounts(replace(counts, i,
                ImmutableDeclaredCount.copyOf(counts.get(i)).withValue((int) listed - 1))),
            "PARTICIPATION_FIGURE_MISMATCH", Pointer.root().item(DECLARED_COUNTS, i).toString(), Optional.empty()));
  }

  /** A signed agreement whose signatories are dropped without saying they are not stated. */
  private static Optional<Mutation> agreementWithoutSignatories(ZonePlan plan, int pick) {
    return plan.agreement().filter(a -> !a.signatories().isEmpty() && a.signatureDate().isPresent())
        .flatMap(a -> PlanEdits.agreement(plan, edit -> edit.withSignatories(List.<Signatory>of())))
        .map(mutated -> new Mutation(mutated, "AGREEMENT_WITHOUT_SIGNATORIES",
            Pointer.root().field(AGREEMENT).field(SIGNATORIES).toString(), Optional.empty()));
  }
}
