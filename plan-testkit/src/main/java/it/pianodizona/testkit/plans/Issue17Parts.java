package it.pianodizona.testkit.plans;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.CountedSubject;
import it.pianodizona.model.DeclaredCount;
import it.pianodizona.model.ImmutableDeclaredCount;
import it.pianodizona.model.ImmutableZonePlan;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.AgreementInstrument;
import it.pianodizona.model.agreement.ImmutableProgrammeAgreement;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.budget.FundingSource;
import it.pianodizona.model.budget.FundingSourceKind;
import it.pianodizona.model.budget.ImmutableBudget;
import it.pianodizona.model.budget.ImmutableBudgetLine;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.governance.GovernanceBodyKind;
import it.pianodizona.model.participation.ImmutableMeeting;
import it.pianodizona.model.participation.ImmutableParticipation;
import it.pianodizona.model.participation.ImmutableParticipationCall;
import it.pianodizona.model.participation.ImmutableWorkTable;
import it.pianodizona.model.participation.Meeting;
import it.pianodizona.model.participation.Participation;
import it.pianodizona.model.participation.WorkTable;
import it.pianodizona.model.participation.WorkTableKind;
import it.pianodizona.model.territory.Official;
import it.pianodizona.model.territory.OfficialRole;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.model.territory.Party;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fields issue 17 added to schema 1.1, put on a generated plan consistently: each meeting
 * ends two hours after it starts and lists its table's participants; the counts name the kind
 * they count (the thematic tables) and the participation figures of the process (people,
 * third-sector organisations, hours) agree with what is listed (no figure of meetings:
 * mutations add meetings of bodies to the plan); the plenary is convened by the call; the
 * agreement is an accordo di programma; one regional line is a reward fund (premialità) with its
 * criterion; the lead municipality's town council belongs to it; the mayor, the head of the
 * planning office and a contact are named as roles of the lead municipality. Draws nothing from
 * the random sequence, so that a seed still means the same plan otherwise.
 */
final class Issue17Parts {

  private static final Duration MEETING_LENGTH = Duration.ofHours(2);

  private Issue17Parts() {}

  static ZonePlan add(ZonePlan plan) {
    String lead = plan.district().leadMunicipalityId().orElse(plan.district().municipalities().get(0).id());
    Participation participation = participation(plan.participation());
    ImmutableZonePlan.Builder result = ImmutableZonePlan.builder().from(plan)
        .participation(participation)
        .declaredCounts(counts(plan, participation))
        .budget(ImmutableBudget.copyOf(plan.budget()).withLines(withRewardFunds(plan.budget().lines())))
        .addGovernanceBodies(GovernanceBody.builder().id("town-council").kind(GovernanceBodyKind.TOWN_COUNCIL)
            .name("Consiglio comunale di " + plan.party(lead).map(Party::name).orElse(lead))
            .ownerPartyId(lead).build())
        .addOfficials(Official.builder().role(OfficialRole.MAYOR).roleStatedAs("Sindaco").partyId(lead).build())
        // Officials name their party only: a mutation that drops every body or the whole
        // participation section must not leave a dangling reference beside its own finding.
        .addOfficials(Official.builder().role(OfficialRole.PLANNING_OFFICE_HEAD)
            .roleStatedAs("Responsabile dell'Ufficio di Piano").partyId(lead).build())
        .addOfficials(Official.builder().role(OfficialRole.CONTACT).roleStatedAs("Ufficio di Piano")
            .partyId(lead).contact("ufficio di piano del comune capofila").build());
    plan.agreement().ifPresent(a -> result.agreement(ImmutableProgrammeAgreement.copyOf(a)
        .withInstrument(AgreementInstrument.ACCORDO_DI_PROGRAMMA)));
    return result.build();
  }

  private static Participation participation(Participation participation) {
    List<WorkTable> tables = participation.workTables().stream()
        .map(t -> t.kind() == WorkTableKind.PLENARY
            ? (WorkTable) ImmutableWorkTable.copyOf(t).withCallId(participation.calls().stream().findFirst()
                .map(c -> c.id())).withOwnerPartyId("consortium")
            : t)
        .toList();
    List<Meeting> meetings = participation.meetings().stream().map(m -> {
      ImmutableMeeting meeting = ImmutableMeeting.copyOf(m);
      Optional<LocalTime> end = m.startTime().filter(s -> s.isBefore(LocalTime.of(21, 0)))
          .map(s -> s.plus(MEETING_LENGTH));
      List<String> participants = m.workTableId().flatMap(id -> tables.stream().filter(t -> t.id().equals(id))
          .findFirst()).map(WorkTable::participantIds).orElse(ImmutableList.of());
      return (Meeting) meeting.withEndTime(end).withParticipantIds(participants);
    }).toList();
    return ImmutableParticipation.copyOf(participation)
        .withWorkTables(tables)
        .withMeetings(meetings)
        .withCalls(participation.calls().stream().map(c -> ImmutableParticipationCall.copyOf(c)
            .withEligibleApplicantKinds(appended(c.eligibleApplicantKinds(),
                OrganisationKind.CITIZEN, OrganisationKind.FAMILY_ASSOCIATION)))
            .toList());
  }

  private static List<OrganisationKind> appended(List<OrganisationKind> kinds, OrganisationKind... more) {
    Set<OrganisationKind> all = new LinkedHashSet<>(kinds);
    all.addAll(List.of(more));
    return List.copyOf(all);
  }

  /** The tables counted are the thematic ones; the figures of the process agree with its meetings. */
  private static List<DeclaredCount> counts(ZonePlan plan, Participation participation) {
    List<DeclaredCount> counts = new ArrayList<>();
    for (DeclaredCount count : plan.declaredCounts()) {
      counts.add(count.subject() == CountedSubject.WORK_TABLES
          ? ImmutableDeclaredCount.copyOf(count).withWorkTableKind(WorkTableKind.THEMATIC) : count);
    }
    Set<String> thirdSector = new LinkedHashSet<>();
    participation.meetings().forEach(m -> m.participantIds().stream()
        .filter(id -> plan.party(id).filter(p -> p.kind() == OrganisationKind.THIRD_SECTOR).isPresent())
        .forEach(thirdSector::add));
    long timed = participation.meetings().stream().filter(m -> m.endTime().isPresent()).count();
    counts.add(figure(CountedSubject.ORGANISATIONS, thirdSector.size(), "enti del terzo settore")
        .participantKind(OrganisationKind.THIRD_SECTOR).build());
    counts.add(figure(CountedSubject.PARTICIPANTS, 10 * thirdSector.size(), "partecipanti").build());
    counts.add(figure(CountedSubject.HOURS, (int) (timed * MEETING_LENGTH.toHours()), "ore di lavoro").build());
    return counts;
  }

  private static ImmutableDeclaredCount.Builder figure(CountedSubject subject, int value, String words) {
    return DeclaredCount.builder().subject(subject).value(value).statedAs(value + " " + words);
  }

  /** The first regional line is a reward fund earned by co-programming, as Lombardia grants them. */
  private static List<BudgetLine> withRewardFunds(List<BudgetLine> lines) {
    List<BudgetLine> result = new ArrayList<>(lines);
    for (int i = 0; i < result.size(); i++) {
      BudgetLine line = result.get(i);
      if (line.fundingSource().map(FundingSource::kind).filter(k -> k == FundingSourceKind.REGIONAL_FUND).isPresent()) {
        result.set(i, ImmutableBudgetLine.copyOf(line).withFundingSource(FundingSource.builder()
            .kind(FundingSourceKind.REWARD_FUNDING).label("Premialità")
            .criterion("co-programmazione con il Terzo Settore").build()));
        break;
      }
    }
    return result;
  }
}
