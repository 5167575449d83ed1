package it.pianodizona.testkit.mutators;

import static it.pianodizona.rules.spi.PlanFields.ACTIONS;
import static it.pianodizona.rules.spi.PlanFields.AGREEMENT;
import static it.pianodizona.rules.spi.PlanFields.ANNEXES;
import static it.pianodizona.rules.spi.PlanFields.CALLS;
import static it.pianodizona.rules.spi.PlanFields.DATE;
import static it.pianodizona.rules.spi.PlanFields.DEADLINE;
import static it.pianodizona.rules.spi.PlanFields.DECLARED_COUNTS;
import static it.pianodizona.rules.spi.PlanFields.DUE;
import static it.pianodizona.rules.spi.PlanFields.EXPRESSIONS_OF_INTEREST;
import static it.pianodizona.rules.spi.PlanFields.MEETINGS;
import static it.pianodizona.rules.spi.PlanFields.MILESTONES;
import static it.pianodizona.rules.spi.PlanFields.OBJECTIVES;
import static it.pianodizona.rules.spi.PlanFields.PARTICIPATION;
import static it.pianodizona.rules.spi.PlanFields.PERIOD;
import static it.pianodizona.rules.spi.PlanFields.RECEIVED_ON;
import static it.pianodizona.rules.spi.PlanFields.SCHEDULED_FOR;
import static it.pianodizona.rules.spi.PlanFields.SIGNATURE_DATE;
import static it.pianodizona.rules.spi.PlanFields.START;
import static it.pianodizona.rules.spi.PlanFields.VALIDITY;
import static it.pianodizona.testkit.mutators.PlanEdits.append;
import static it.pianodizona.testkit.mutators.PlanEdits.choose;
import static it.pianodizona.testkit.mutators.PlanEdits.copy;
import static it.pianodizona.testkit.mutators.PlanEdits.indexesOf;
import static it.pianodizona.testkit.mutators.PlanEdits.replace;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.CountedSubject;
import it.pianodizona.model.DeclaredCount;
import it.pianodizona.model.ImmutableDeclaredCount;
import it.pianodizona.model.PlanReference;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.Budget;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.budget.DeclaredShare;
import it.pianodizona.model.budget.DeclaredTotal;
import it.pianodizona.model.budget.DistrictSocialSpending;
import it.pianodizona.model.budget.ImmutableBudget;
import it.pianodizona.model.budget.ImmutableBudgetLine;
import it.pianodizona.model.budget.ImmutableDeclaredShare;
import it.pianodizona.model.budget.ImmutableDeclaredTotal;
import it.pianodizona.model.budget.ImmutableDistrictSocialSpending;
import it.pianodizona.model.common.DateWindow;
import it.pianodizona.model.common.ImmutableDateWindow;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.common.PlanPeriod;
import it.pianodizona.model.territory.District;
import it.pianodizona.model.territory.ImmutableDistrict;
import it.pianodizona.model.territory.ImmutableMunicipality;
import it.pianodizona.model.territory.Municipality;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.profile.PlanningCycle;
import it.pianodizona.rules.profile.RegionalProfile;
import it.pianodizona.model.objective.ImmutableAction;
import it.pianodizona.model.objective.ImmutableMilestone;
import it.pianodizona.model.objective.MilestoneKind;
import it.pianodizona.model.participation.Annex;
import it.pianodizona.model.participation.AnnexKind;
import it.pianodizona.model.participation.ExpressionOfInterest;
import it.pianodizona.model.participation.ImmutableAnnex;
import it.pianodizona.model.participation.ImmutableExpressionOfInterest;
import it.pianodizona.model.participation.ImmutableMeeting;
import it.pianodizona.model.participation.ImmutableParticipationCall;
import it.pianodizona.model.participation.ImmutablePhase;
import it.pianodizona.model.participation.Meeting;
import it.pianodizona.model.participation.ParticipationCall;
import it.pianodizona.model.participation.Phase;
import it.pianodizona.model.participation.WorkTable;
import it.pianodizona.model.participation.WorkTableKind;
import it.pianodizona.rules.profile.RegionalProfiles;
import it.pianodizona.rules.spi.Pointer;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Mutatori delle scadenze: one mutator per rule of the deadlines family. */
public final class DeadlineMutators {

  private DeadlineMutators() {}

  /** The mutators of this family, one per rule. */
  public static ImmutableList<Mutator> all() {
    return ImmutableList.of(
        Mutator.of("CALL_DEADLINE_BEFORE_PUBLICATION", DeadlineMutators::callDeadlineBeforePublication),
        Mutator.of("ANNEX_DEADLINE_BEFORE_PUBLICATION", DeadlineMutators::annexDeadlineBeforePublication),
        Mutator.of("APPLICATION_FORM_DEADLINE_AFTER_CALL_DEADLINE", DeadlineMutators::applicationFormLate),
        Mutator.of("EXPRESSION_OF_INTEREST_AFTER_DEADLINE", DeadlineMutators::expressionOfInterestLate),
        Mutator.of("SURVEY_FORM_DEADLINE_AFTER_FIRST_MEETING", DeadlineMutators::surveyFormLate),
        Mutator.of("MEETING_BEFORE_CALL_DEADLINE", DeadlineMutators::meetingBeforeCallDeadline),
        Mutator.of("MEETING_OUTSIDE_PHASE", DeadlineMutators::meetingOutsidePhase),
        Mutator.of("PLENARY_COUNT_MISMATCH", DeadlineMutators::plenaryCount),
        Mutator.of("TABLE_MEETING_COUNT_MISMATCH", DeadlineMutators::tableMeetingCount),
        Mutator.of("PLAN_PERIOD_OFF_CYCLE", DeadlineMutators::planPeriodOffCycle),
        Mutator.of("PLAN_CYCLE_UNKNOWN", DeadlineMutators::planCycleUnknown),
        Mutator.of("PLAN_STARTS_BEFORE_PREDECESSOR_END", DeadlineMutators::overlapsPredecessor),
        Mutator.of("MILESTONE_OUTSIDE_PLAN_PERIOD", DeadlineMutators::milestoneOutside),
        Mutator.of("ACTION_OUTSIDE_PLAN_PERIOD", DeadlineMutators::actionOutside),
        Mutator.of("MILESTONE_OVERDUE", DeadlineMutators::milestoneOverdue),
        Mutator.of("AGREEMENT_SIGNED_LATE", DeadlineMutators::agreementSignedLate),
        Mutator.of("AGREEMENT_VALIDITY_MISMATCH", DeadlineMutators::agreementValidity));
  }

  /** The first call with a publication date and a deadline. */
  private static Optional<Integer> datedCall(ZonePlan plan) {
    List<ParticipationCall> calls = plan.participation().calls();
    return indexesOf(calls, c -> c.publicationDate().isPresent() && c.deadline().isPresent()).stream().findFirst();
  }

  private static ZonePlan withCall(ZonePlan plan, int c, ParticipationCall call) {
    return PlanEdits.participation(plan, p -> p.withCalls(replace(p.calls(), c, call)));
  }

  private static Optional<Mutation> callDeadlineBeforePublication(ZonePlan plan, int pick) {
    return datedCall(plan).flatMap(c -> {
      ParticipationCall call = plan.participation().calls().get(c);
      // Publishing after the deadline: annex deadlines and arrival dates no longer mean anything.
      ParticipationCall changed = ImmutableParticipationCall.copyOf(call)
          .withPublicationDate(call.deadline().get().plusDays(1))
          .withAnnexes(call.annexes().stream().map(a -> (Annex) ImmutableAnnex.copyOf(a).withDeadline(Optional.empty()))
              .collect(ImmutableList.toImmutableList()));
      ZonePlan mutated = PlanEdits.participation(withCall(plan, c, changed), p -> p.withExpressionsOfInterest(
          p.expressionsOfInterest().stream()
              .map(e -> e.callId().equals(call.id())
                  ? ImmutableExpressionOfInterest.copyOf(e).withReceivedOn(Optional.empty()) : e)
              .collect(ImmutableList.toImmutableList())));
      return Mutation.of(mutated, "CALL_DEADLINE_BEFORE_PUBLICATION",
          Pointer.root().field(PARTICIPATION).item(CALLS, c).field(DEADLINE).toString());
    });
  }

  private static Optional<Mutation> annexDeadlineBeforePublication(ZonePlan plan, int pick) {
    return datedCall(plan).flatMap(c -> {
      ParticipationCall call = plan.participation().calls().get(c);
      return choose(indexesOf(call.annexes(), a -> true), pick).flatMap(a -> {
        Annex annex = ImmutableAnnex.copyOf(call.annexes().get(a)).withDeadline(call.publicationDate().get().minusDays(1));
        ParticipationCall changed = ImmutableParticipationCall.copyOf(call).withAnnexes(replace(call.annexes(), a, annex));
        return Mutation.of(withCall(plan, c, changed), "ANNEX_DEADLINE_BEFORE_PUBLICATION",
            Pointer.root().field(PARTICIPATION).item(CALLS, c).item(ANNEXES, a).field(DEADLINE).toString());
      });
    });
  }

  private static Optional<Mutation> applicationFormLate(ZonePlan plan, int pick) {
    return datedCall(plan).flatMap(c -> {
      ParticipationCall call = plan.participation().calls().get(c);
      return choose(indexesOf(call.annexes(), a -> a.kind() == AnnexKind.APPLICATION_FORM), pick).flatMap(a -> {
        Annex annex = ImmutableAnnex.copyOf(call.annexes().get(a)).withDeadline(call.deadline().get().plusDays(1));
        ParticipationCall changed = ImmutableParticipationCall.copyOf(call).withAnnexes(replace(call.annexes(), a, annex));
        return Mutation.of(withCall(plan, c, changed), "APPLICATION_FORM_DEADLINE_AFTER_CALL_DEADLINE",
            Pointer.root().field(PARTICIPATION).item(CALLS, c).item(ANNEXES, a).field(DEADLINE).toString());
      });
    });
  }

  private static Optional<Mutation> expressionOfInterestLate(ZonePlan plan, int pick) {
    List<ExpressionOfInterest> interests = plan.participation().expressionsOfInterest();
    return choose(indexesOf(interests, e -> e.receivedOn().isPresent()
        && plan.participation().calls().stream().anyMatch(c -> c.id().equals(e.callId()) && c.deadline().isPresent())), pick)
        .flatMap(e -> {
          ExpressionOfInterest interest = interests.get(e);
          LocalDate deadline = plan.participation().calls().stream()
              .filter(c -> c.id().equals(interest.callId())).findFirst().orElseThrow().deadline().orElseThrow();
          ZonePlan mutated = PlanEdits.participation(plan, p -> p.withExpressionsOfInterest(replace(interests, e,
              ImmutableExpressionOfInterest.copyOf(interest).withReceivedOn(deadline.plusDays(1)))));
          return Mutation.of(mutated, "EXPRESSION_OF_INTEREST_AFTER_DEADLINE",
              Pointer.root().field(PARTICIPATION).item(EXPRESSIONS_OF_INTEREST, e).field(RECEIVED_ON).toString());
        });
  }

  /** The earliest meeting of a work table; the generated plans have one call that all tables follow. */
  private static Optional<Meeting> firstTableMeeting(ZonePlan plan) {
    return plan.participation().meetings().stream().filter(m -> m.workTableId().isPresent())
        .min(Comparator.comparing(m -> m.date().earliest()));
  }

  private static Optional<Mutation> surveyFormLate(ZonePlan plan, int pick) {
    Optional<Meeting> first = firstTableMeeting(plan);
    return datedCall(plan).filter(c -> first.isPresent()).flatMap(c -> {
      ParticipationCall call = plan.participation().calls().get(c);
      return choose(indexesOf(call.annexes(), a -> a.kind() == AnnexKind.SURVEY_FORM), pick).flatMap(a -> {
        Annex annex = ImmutableAnnex.copyOf(call.annexes().get(a)).withDeadline(first.get().date().latest());
        ParticipationCall changed = ImmutableParticipationCall.copyOf(call).withAnnexes(replace(call.annexes(), a, annex));
        return Mutation.of(withCall(plan, c, changed), "SURVEY_FORM_DEADLINE_AFTER_FIRST_MEETING",
            Pointer.root().field(PARTICIPATION).item(CALLS, c).item(ANNEXES, a).field(DEADLINE).toString());
      });
    });
  }

  private static Optional<Mutation> meetingBeforeCallDeadline(ZonePlan plan, int pick) {
    List<Meeting> meetings = plan.participation().meetings();
    return datedCall(plan).flatMap(c -> choose(indexesOf(meetings, m -> ofCall(plan, m, c)), pick).map(m -> {
      ParticipationCall call = plan.participation().calls().get(c);
      LocalDate day = PlanEdits.workingDayUntil(call.deadline().get().minusDays(1));
      Meeting meeting = ImmutableMeeting.copyOf(meetings.get(m)).withDate(PartialDate.of(day));
      // Keep the rest consistent: the phase opens in time and the survey form is due before the meeting.
      ParticipationCall changed = ImmutableParticipationCall.copyOf(call).withAnnexes(call.annexes().stream()
          .map(a -> a.kind() == AnnexKind.SURVEY_FORM && a.deadline().isPresent() && !a.deadline().get().isBefore(day)
              ? (Annex) ImmutableAnnex.copyOf(a).withDeadline(day.minusDays(1)) : a)
          .collect(ImmutableList.toImmutableList()));
      ZonePlan mutated = PlanEdits.participation(withCall(plan, c, changed), p -> p
          .withMeetings(replace(p.meetings(), m, meeting))
          .withPhases(p.phases().stream().map(ph -> openFrom(ph, day)).collect(ImmutableList.toImmutableList())));
      return new Mutation(mutated, "MEETING_BEFORE_CALL_DEADLINE",
          Pointer.root().field(PARTICIPATION).item(MEETINGS, m).field(DATE).toString(), Optional.empty());
    }));
  }

  /** Whether a table meeting follows the call: a plenary only when it names the call (issue 17). */
  private static boolean ofCall(ZonePlan plan, Meeting meeting, int c) {
    String call = plan.participation().calls().get(c).id();
    return meeting.workTableId().map(plan.workTablesById()::get)
        .filter(t -> t.kind() != WorkTableKind.PLENARY || t.callId().equals(Optional.of(call)))
        .isPresent();
  }

  private static Phase openFrom(Phase phase, LocalDate day) {
    if (phase.window().isEmpty() || !day.isBefore(phase.window().get().from().earliest())) {
      return phase;
    }
    DateWindow window = ImmutableDateWindow.copyOf(phase.window().get()).withFrom(PartialDate.of(YearMonth.from(day)));
    return ImmutablePhase.copyOf(phase).withWindow(window);
  }

  private static Optional<Mutation> meetingOutsidePhase(ZonePlan plan, int pick) {
    List<Meeting> meetings = plan.participation().meetings();
    List<Phase> phases = plan.participation().phases();
    return choose(indexesOf(meetings, m -> phaseOf(plan, m).flatMap(Phase::window).isPresent()), pick).map(m -> {
      DateWindow window = phaseOf(plan, meetings.get(m)).flatMap(Phase::window).orElseThrow();
      Meeting meeting = ImmutableMeeting.copyOf(meetings.get(m))
          .withDate(PartialDate.of(PlanEdits.workingDayFrom(window.to().latest().plusDays(1)))).withEndDate(Optional.empty());
      ZonePlan mutated = PlanEdits.participation(plan, p -> p.withMeetings(replace(meetings, m, meeting)));
      return new Mutation(mutated, "MEETING_OUTSIDE_PHASE",
          Pointer.root().field(PARTICIPATION).item(MEETINGS, m).field(DATE).toString(), Optional.empty());
    });
  }

  private static Optional<Phase> phaseOf(ZonePlan plan, Meeting meeting) {
    Optional<String> id = meeting.phaseId().or(() -> meeting.workTableId()
        .map(plan.workTablesById()::get).flatMap(WorkTable::phaseId));
    return id.flatMap(i -> plan.participation().phases().stream().filter(p -> p.id().equals(i)).findFirst());
  }

  private static Optional<Mutation> plenaryCount(ZonePlan plan, int pick) {
    List<DeclaredCount> counts = plan.declaredCounts();
    if (plan.participation().meetings().isEmpty()) {
      return Optional.empty();
    }
    return choose(indexesOf(counts, c -> c.subject() == CountedSubject.PLENARY_MEETINGS && c.scopeId().isEmpty()), pick)
        .flatMap(i -> Mutation.of(
            copy(plan).withDeclaredCounts(replace(counts, i,
                ImmutableDeclaredCount.copyOf(counts.get(i)).withValue(counts.get(i).value() + 1))),
            "PLENARY_COUNT_MISMATCH", Pointer.root().item(DECLARED_COUNTS, i).toString()));
  }

  private static Optional<Mutation> tableMeetingCount(ZonePlan plan, int pick) {
    List<WorkTable> tables = plan.participation().workTables();
    if (plan.participation().meetings().isEmpty()) {
      return Optional.empty();
    }
    return choose(indexesOf(tables, t -> t.kind() == WorkTableKind.THEMATIC), pick).flatMap(t -> {
      String table = tables.get(t).id();
      long held = plan.participation().meetings().stream().filter(m -> m.workTableId().equals(Optional.of(table))).count();
      DeclaredCount count = DeclaredCount.builder().subject(CountedSubject.MEETINGS_PER_TABLE)
          .value((int) held + 1).scopeId(table).statedAs((held + 1) + " incontri del tavolo").build();
      return Mutation.of(copy(plan).withDeclaredCounts(append(plan.declaredCounts(), count)),
          "TABLE_MEETING_COUNT_MISMATCH", Pointer.root().item(DECLARED_COUNTS, plan.declaredCounts().size()).toString());
    });
  }

  /**
   * One more year than the cycle (two where the region extended the cycle by a year, so that the
   * period matches no cycle): each new year gets the last year's budget, totals, spending and
   * shares, and the agreement runs to its end, so that only the cycle is wrong.
   */
  private static Optional<Mutation> planPeriodOffCycle(ZonePlan plan, int pick) {
    RegionalProfile profile = RegionalProfiles.forRegion(plan.district().region());
    if (profile.cycles().isEmpty()) {
      return Optional.empty();
    }
    Year last = Year.of(plan.period().end().getYear());
    int more = profile.cycleFor(plan.period()).flatMap(PlanningCycle::extendedLastYear)
        .filter(extended -> extended.equals(last.plusYears(1))).isPresent() ? 2 : 1;
    PlanPeriod period = PlanPeriod.of(plan.period().start(), plan.period().end().plusYears(more));
    Budget budget = plan.budget();
    ImmutableBudget extended = ImmutableBudget.copyOf(budget);
    for (int y = 1; y <= more; y++) {
      Year added = last.plusYears(y);
      extended = extended
          .withLines(concat(extended.lines(), budget.lines().stream().filter(l -> l.year().equals(last))
              .map(l -> (BudgetLine) ImmutableBudgetLine.copyOf(l).withYear(added)).toList()))
          .withDeclaredTotals(concat(extended.declaredTotals(), budget.declaredTotals().stream()
              .filter(t -> t.year().equals(last)).map(t -> (DeclaredTotal) ImmutableDeclaredTotal.copyOf(t).withYear(added)).toList()))
          .withDistrictSocialSpending(concat(extended.districtSocialSpending(), budget.districtSocialSpending().stream()
              .filter(s -> s.year().equals(last))
              .map(s -> (DistrictSocialSpending) ImmutableDistrictSocialSpending.copyOf(s).withYear(added)).toList()))
          .withDeclaredShares(concat(extended.declaredShares(), budget.declaredShares().stream()
              .filter(s -> s.year().equals(last)).map(s -> (DeclaredShare) ImmutableDeclaredShare.copyOf(s).withYear(added)).toList()));
    }
    ZonePlan mutated = copy(plan).withPeriod(period).withBudget(extended);
    mutated = PlanEdits.agreement(mutated, a -> a.withValidity(period)).orElse(mutated);
    return Mutation.of(mutated, "PLAN_PERIOD_OFF_CYCLE", Pointer.root().field(PERIOD).toString());
  }

  /**
   * The plan filed under another region whose profile knows none of its years (a Lombardia
   * 2015-2017 plan under Puglia, whose profile knows 2022-2024): the members lose their ISTAT
   * codes, which would otherwise place them in their real region, so that only the cycle is unknown.
   */
  private static Optional<Mutation> planCycleUnknown(ZonePlan plan, int pick) {
    List<Region> strangers = RegionalProfiles.all().stream()
        .filter(p -> p.region().isPresent() && p.region().get() != plan.district().region())
        .filter(p -> !p.cycles().isEmpty() && !p.knowsPeriod(plan.period()))
        .map(p -> p.region().get()).toList();
    if (strangers.isEmpty()) {
      return Optional.empty();
    }
    Region region = strangers.get(Math.floorMod(pick, strangers.size()));
    District district = ImmutableDistrict.copyOf(plan.district()).withRegion(region)
        .withMunicipalities(plan.district().municipalities().stream()
            .map(m -> (Municipality) ImmutableMunicipality.copyOf(m).withIstatCode(Optional.empty())).toList());
    return Mutation.of(copy(plan).withDistrict(district), "PLAN_CYCLE_UNKNOWN",
        Pointer.root().field(PERIOD).toString());
  }

  private static <T> ImmutableList<T> concat(List<T> a, List<T> b) {
    return ImmutableList.<T>builder().addAll(a).addAll(b).build();
  }

  private static Optional<Mutation> overlapsPredecessor(ZonePlan plan, int pick) {
    return plan.predecessor().flatMap(PlanReference::period).map(previous -> {
      PlanReference predecessor = PlanReference.builder().from(plan.predecessor().get())
          .period(PlanPeriod.of(previous.start(), plan.period().start())).build();
      return new Mutation(copy(plan).withPredecessor(predecessor), "PLAN_STARTS_BEFORE_PREDECESSOR_END",
          Pointer.root().field(PERIOD).field(START).toString(), Optional.empty());
    });
  }

  private static Optional<Mutation> milestoneOutside(ZonePlan plan, int pick) {
    return choose(indexesOf(plan.objectives(), o -> !o.milestones().isEmpty()), pick).flatMap(o -> {
      YearMonth after = YearMonth.of(plan.period().end().getYear() + 1, 4);
      ZonePlan mutated = PlanEdits.objective(plan, o, objective -> objective.withMilestones(replace(
          objective.milestones(), 0, ImmutableMilestone.copyOf(objective.milestones().get(0))
              .withDue(PartialDate.of(after)).withStatedAs("entro aprile " + after.getYear()))));
      return Mutation.of(mutated, "MILESTONE_OUTSIDE_PLAN_PERIOD", Pointer.root().item(OBJECTIVES, o).item(MILESTONES, 0).field(DUE).toString());
    });
  }

  private static Optional<Mutation> actionOutside(ZonePlan plan, int pick) {
    return choose(indexesOf(plan.objectives(), o -> !o.actions().isEmpty()), pick).flatMap(o -> {
      ZonePlan mutated = PlanEdits.objective(plan, o, objective -> objective.withActions(replace(
          objective.actions(), 0, ImmutableAction.copyOf(objective.actions().get(0))
              .withScheduledFor(PartialDate.of(Year.of(plan.period().end().getYear() + 1))))));
      return Mutation.of(mutated, "ACTION_OUTSIDE_PLAN_PERIOD", Pointer.root().item(OBJECTIVES, o).item(ACTIONS, 0).field(SCHEDULED_FOR).toString());
    });
  }

  /** A milestone due in the plan's first month, judged two months later. */
  private static Optional<Mutation> milestoneOverdue(ZonePlan plan, int pick) {
    LocalDate start = plan.period().start();
    LocalDate asOf = YearMonth.from(start).plusMonths(2).atDay(1);
    if (!plan.period().contains(asOf)) {
      return Optional.empty();
    }
    return choose(indexesOf(plan.objectives(), o -> !o.milestones().isEmpty()), pick).map(o -> {
      ZonePlan mutated = PlanEdits.objective(plan, o, objective -> objective.withMilestones(replace(
          objective.milestones(), 0, ImmutableMilestone.copyOf(objective.milestones().get(0))
              .withKind(MilestoneKind.DEADLINE).withDue(PartialDate.of(YearMonth.from(start))))));
      return new Mutation(mutated, "MILESTONE_OVERDUE", Pointer.root().item(OBJECTIVES, o).item(MILESTONES, 0).field(DUE).toString(),
          Optional.of(asOf));
    });
  }

  private static Optional<Mutation> agreementSignedLate(ZonePlan plan, int pick) {
    return plan.agreement().flatMap(a -> a.signatureDate()).flatMap(signed ->
        PlanEdits.agreement(plan, a -> a.withRegionalSignatureDeadline(signed.minusDays(1))))
        .flatMap(mutated -> Mutation.of(mutated, "AGREEMENT_SIGNED_LATE", Pointer.root().field(AGREEMENT).field(SIGNATURE_DATE).toString()));
  }

  private static Optional<Mutation> agreementValidity(ZonePlan plan, int pick) {
    PlanPeriod shorter = PlanPeriod.of(plan.period().start(), plan.period().end().minusYears(1));
    return PlanEdits.agreement(plan, a -> a.withValidity(shorter))
        .flatMap(mutated -> Mutation.of(mutated, "AGREEMENT_VALIDITY_MISMATCH", Pointer.root().field(AGREEMENT).field(VALIDITY).toString()));
  }
}
