package it.pianodizona.testkit.mutators;

import static it.pianodizona.rules.spi.PlanFields.BASELINE;
import static it.pianodizona.rules.spi.PlanFields.CODE;
import static it.pianodizona.rules.spi.PlanFields.DATE;
import static it.pianodizona.rules.spi.PlanFields.EXPRESSIONS_OF_INTEREST;
import static it.pianodizona.rules.spi.PlanFields.GOVERNANCE_BODIES;
import static it.pianodizona.rules.spi.PlanFields.INDICATORS;
import static it.pianodizona.rules.spi.PlanFields.MEETINGS;
import static it.pianodizona.rules.spi.PlanFields.MEMBERS;
import static it.pianodizona.rules.spi.PlanFields.NAME;
import static it.pianodizona.rules.spi.PlanFields.OBJECTIVES;
import static it.pianodizona.rules.spi.PlanFields.ORGANISATIONS;
import static it.pianodizona.rules.spi.PlanFields.PARTICIPATION;
import static it.pianodizona.rules.spi.PlanFields.RECEIVED_ON;
import static it.pianodizona.rules.spi.PlanFields.SEATS;
import static it.pianodizona.rules.spi.PlanFields.SEAT_RULES;
import static it.pianodizona.testkit.mutators.PlanEdits.append;
import static it.pianodizona.testkit.mutators.PlanEdits.choose;
import static it.pianodizona.testkit.mutators.PlanEdits.copy;
import static it.pianodizona.testkit.mutators.PlanEdits.indexesOf;
import static it.pianodizona.testkit.mutators.PlanEdits.replace;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.governance.ImmutableSeatRule;
import it.pianodizona.model.governance.SeatBasis;
import it.pianodizona.model.objective.Indicator;
import it.pianodizona.model.objective.IndicatorUnit;
import it.pianodizona.model.participation.ExpressionOfInterest;
import it.pianodizona.model.participation.ImmutableExpressionOfInterest;
import it.pianodizona.model.participation.ImmutableMeeting;
import it.pianodizona.model.participation.Meeting;
import it.pianodizona.model.participation.ParticipationCall;
import it.pianodizona.model.territory.ImmutableOrganisation;
import it.pianodizona.model.territory.Organisation;
import it.pianodizona.model.territory.ThirdSectorKind;
import it.pianodizona.rules.spi.Pointer;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Mutatori di coerenza: one mutator per rule added for timeline, calendar, identity, legal form
 * and plausibility (issue 16), each putting one defect at a place chosen by {@code pick}.
 */
public final class CoherenceMutators {

  private CoherenceMutators() {}

  /** The mutators of these rules, one per rule. */
  public static ImmutableList<Mutator> all() {
    return ImmutableList.of(
        Mutator.of("TIMELINE_OUT_OF_ORDER", (plan, pick) -> LifecycleMutators.anyOf(plan, pick,
            CoherenceMutators::interestBeforeCall, LifecycleMutators::signatoryAfterSignature,
            LifecycleMutators::draftingMeetingAfterSignature, LifecycleMutators::approvalBeforePrevious,
            LifecycleMutators::approvalAfterPeriod)),
        Mutator.of("MEETING_ON_HOLIDAY", CoherenceMutators::meetingOnSunday),
        Mutator.of("OBJECTIVE_CODE_DUPLICATE", CoherenceMutators::objectiveCodeDuplicate),
        Mutator.of("ORGANISATION_DUPLICATE", CoherenceMutators::organisationDuplicate),
        Mutator.of("FOR_PROFIT_AS_THIRD_SECTOR", (plan, pick) -> LifecycleMutators.anyOf(plan, pick,
            CoherenceMutators::forProfitAsThirdSector, LifecycleMutators::forProfitLegalForm)),
        Mutator.of("BASELINE_PERCENTAGE_OUT_OF_RANGE", CoherenceMutators::baselineOutOfRange),
        Mutator.of("SEAT_RULE_WITHOUT_SEATS", CoherenceMutators::seatRuleWithoutSeats),
        Mutator.of("BODY_SEATS_WITHOUT_MEMBERS", CoherenceMutators::bodyWithoutMembers),
        Mutator.of("ADHERENT_NOT_ENROLLED_AFTER_TRANSFER", EligibilityMutators::notEnrolledAfterTransfer));
  }

  /** An expression of interest dated the day before its call was published. */
  private static Optional<Mutation> interestBeforeCall(ZonePlan plan, int pick) {
    Map<String, ParticipationCall> calls = new HashMap<>();
    plan.participation().calls().forEach(c -> calls.putIfAbsent(c.id(), c));
    List<ExpressionOfInterest> interests = plan.participation().expressionsOfInterest();
    return choose(indexesOf(interests, e -> e.receivedOn().isPresent() && calls.containsKey(e.callId())
        && calls.get(e.callId()).publicationDate().isPresent()), pick).flatMap(e -> {
          LocalDate published = calls.get(interests.get(e).callId()).publicationDate().get();
          ZonePlan mutated = PlanEdits.participation(plan, p -> p.withExpressionsOfInterest(replace(
              p.expressionsOfInterest(), e, ImmutableExpressionOfInterest.copyOf(interests.get(e))
                  .withReceivedOn(published.minusDays(1)))));
          return Mutation.of(mutated, "TIMELINE_OUT_OF_ORDER",
              Pointer.root().field(PARTICIPATION).item(EXPRESSIONS_OF_INTEREST, e).field(RECEIVED_ON).toString());
        });
  }

  /** A meeting moved to a Sunday of its own month, the previous one if there is one, else the next. */
  private static Optional<Mutation> meetingOnSunday(ZonePlan plan, int pick) {
    List<Meeting> meetings = plan.participation().meetings();
    return choose(indexesOf(meetings, m -> m.date().precision() == PartialDate.Precision.DAY && m.endDate().isEmpty()),
        pick).flatMap(m -> {
          LocalDate day = meetings.get(m).date().earliest();
          LocalDate sunday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
          if (!YearMonth.from(sunday).equals(YearMonth.from(day))) {
            sunday = day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
          }
          LocalDate moved = sunday;
          ZonePlan mutated = PlanEdits.participation(plan, p -> p.withMeetings(replace(p.meetings(), m,
              ImmutableMeeting.copyOf(meetings.get(m)).withDate(PartialDate.of(moved)))));
          return Mutation.of(mutated, "MEETING_ON_HOLIDAY",
              Pointer.root().field(PARTICIPATION).item(MEETINGS, m).field(DATE).toString());
        });
  }

  /** An objective given the code of the first one, written as a reader would ("Obiettivo 1" vs "obiettivo 1."). */
  private static Optional<Mutation> objectiveCodeDuplicate(ZonePlan plan, int pick) {
    if (plan.objectives().size() < 2) {
      return Optional.empty();
    }
    int o = 1 + choose(plan.objectives().size() - 1, pick);
    String code = plan.objectives().get(0).code().toUpperCase(Locale.ITALIAN) + ".";
    return Mutation.of(PlanEdits.objective(plan, o, x -> x.withCode(code)), "OBJECTIVE_CODE_DUPLICATE",
        Pointer.root().item(OBJECTIVES, o).field(CODE).toString());
  }

  /** An organisation listed again under another id, its name in capitals. */
  private static Optional<Mutation> organisationDuplicate(ZonePlan plan, int pick) {
    List<Organisation> organisations = plan.organisations();
    if (organisations.isEmpty()) {
      return Optional.empty();
    }
    Organisation original = organisations.get(choose(organisations.size(), pick));
    Organisation twin = ImmutableOrganisation.copyOf(original).withId(original.id() + "-bis")
        .withName(original.name().toUpperCase(Locale.ITALIAN));
    return Mutation.of(copy(plan).withOrganisations(append(organisations, twin)), "ORGANISATION_DUPLICATE",
        Pointer.root().item(ORGANISATIONS, organisations.size()).field(NAME).toString());
  }

  /** A third-sector entity (not a social enterprise) whose name gains "S.r.l.". */
  private static Optional<Mutation> forProfitAsThirdSector(ZonePlan plan, int pick) {
    List<Organisation> organisations = plan.organisations();
    return choose(indexesOf(organisations, o -> o.isThirdSectorEntity() && o.thirdSectorKind()
        .filter(k -> k == ThirdSectorKind.SOCIAL_ENTERPRISE || k == ThirdSectorKind.SOCIAL_COOPERATIVE).isEmpty()
        && !o.name().toLowerCase(Locale.ITALIAN).contains("sociale")), pick).flatMap(o -> Mutation.of(
            copy(plan).withOrganisations(replace(organisations, o,
                ImmutableOrganisation.copyOf(organisations.get(o)).withName(organisations.get(o).name() + " S.r.l."))),
            "FOR_PROFIT_AS_THIRD_SECTOR", Pointer.root().item(ORGANISATIONS, o).field(NAME).toString()));
  }

  /** A percentage indicator with a baseline of 150. */
  private static Optional<Mutation> baselineOutOfRange(ZonePlan plan, int pick) {
    List<int[]> places = new ArrayList<>();
    for (int o = 0; o < plan.objectives().size(); o++) {
      List<Indicator> indicators = plan.objectives().get(o).indicators();
      for (int i = 0; i < indicators.size(); i++) {
        if (indicators.get(i).unit() == IndicatorUnit.PERCENTAGE) {
          places.add(new int[] {o, i});
        }
      }
    }
    if (places.isEmpty()) {
      return Optional.empty();
    }
    int[] at = places.get(choose(places.size(), pick));
    return Mutation.of(PlanEdits.indicator(plan, at[0], at[1], x -> x.withBaseline(BigDecimal.valueOf(150))),
        "BASELINE_PERCENTAGE_OUT_OF_RANGE",
        Pointer.root().item(OBJECTIVES, at[0]).item(INDICATORS, at[1]).field(BASELINE).toString());
  }

  /** A seat rule given zero seats, its members dropped; the body keeps some member. */
  private static Optional<Mutation> seatRuleWithoutSeats(ZonePlan plan, int pick) {
    List<int[]> places = new ArrayList<>();
    for (int b = 0; b < plan.governanceBodies().size(); b++) {
      GovernanceBody body = plan.governanceBodies().get(b);
      for (int r = 0; r < body.seatRules().size(); r++) {
        String id = body.seatRules().get(r).id();
        if (body.seatRules().get(r).seats() > 0
            && body.members().stream().anyMatch(m -> !m.seatRuleId().equals(Optional.of(id)))) {
          places.add(new int[] {b, r});
        }
      }
    }
    if (places.isEmpty()) {
      return Optional.empty();
    }
    int[] at = places.get(choose(places.size(), pick));
    String id = plan.governanceBodies().get(at[0]).seatRules().get(at[1]).id();
    return Mutation.of(PlanEdits.body(plan, at[0], body -> body
            .withSeatRules(replace(body.seatRules(), at[1], ImmutableSeatRule.copyOf(body.seatRules().get(at[1])).withSeats(0)))
            .withMembers(body.members().stream().filter(m -> !m.seatRuleId().equals(Optional.of(id)))
                .collect(ImmutableList.toImmutableList()))),
        "SEAT_RULE_WITHOUT_SEATS",
        Pointer.root().item(GOVERNANCE_BODIES, at[0]).item(SEAT_RULES, at[1]).field(SEATS).toString());
  }

  /** A body with seat rules whose members are all dropped. */
  private static Optional<Mutation> bodyWithoutMembers(ZonePlan plan, int pick) {
    return choose(indexesOf(plan.governanceBodies(), b -> !b.members().isEmpty()
        && b.seatRules().stream().anyMatch(r -> r.seats() > 0 && r.basis() != SeatBasis.PER_MUNICIPALITY
            && r.basis() != SeatBasis.PER_SUB_DISTRICT)), pick).flatMap(b -> Mutation.of(
            PlanEdits.body(plan, b, body -> body.withMembers(ImmutableList.of())),
            "BODY_SEATS_WITHOUT_MEMBERS", Pointer.root().item(GOVERNANCE_BODIES, b).field(MEMBERS).toString()));
  }
}
