package it.pianodizona.testkit.mutators;

import static it.pianodizona.rules.spi.PlanFields.ACTUALS;
import static it.pianodizona.rules.spi.PlanFields.AGREEMENT;
import static it.pianodizona.rules.spi.PlanFields.AMOUNT;
import static it.pianodizona.rules.spi.PlanFields.ANNUAL_OPERATING_PLANS;
import static it.pianodizona.rules.spi.PlanFields.APPROVALS;
import static it.pianodizona.rules.spi.PlanFields.BODY_ID;
import static it.pianodizona.rules.spi.PlanFields.BUDGET;
import static it.pianodizona.rules.spi.PlanFields.DATE;
import static it.pianodizona.rules.spi.PlanFields.FUNDING_SOURCE;
import static it.pianodizona.rules.spi.PlanFields.INDICATORS;
import static it.pianodizona.rules.spi.PlanFields.LEGAL_FORM;
import static it.pianodizona.rules.spi.PlanFields.LINES;
import static it.pianodizona.rules.spi.PlanFields.MEASUREMENTS;
import static it.pianodizona.rules.spi.PlanFields.MEETINGS;
import static it.pianodizona.rules.spi.PlanFields.OBJECTIVES;
import static it.pianodizona.rules.spi.PlanFields.OBJECTIVE_ID;
import static it.pianodizona.rules.spi.PlanFields.ORGANISATIONS;
import static it.pianodizona.rules.spi.PlanFields.PARTICIPATION;
import static it.pianodizona.rules.spi.PlanFields.PARTY_ID;
import static it.pianodizona.rules.spi.PlanFields.PERIOD;
import static it.pianodizona.rules.spi.PlanFields.PERIOD_LINES;
import static it.pianodizona.rules.spi.PlanFields.PERIOD_TOTALS;
import static it.pianodizona.rules.spi.PlanFields.PREDECESSOR;
import static it.pianodizona.rules.spi.PlanFields.SIGNATORIES;
import static it.pianodizona.rules.spi.PlanFields.SIGNED_ON;
import static it.pianodizona.rules.spi.PlanFields.YEAR;
import static it.pianodizona.testkit.mutators.PlanEdits.append;
import static it.pianodizona.testkit.mutators.PlanEdits.choose;
import static it.pianodizona.testkit.mutators.PlanEdits.copy;
import static it.pianodizona.testkit.mutators.PlanEdits.indexesOf;
import static it.pianodizona.testkit.mutators.PlanEdits.replace;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.AnnualOperatingPlan;
import it.pianodizona.model.ImmutablePlanReference;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.ImmutableSignatory;
import it.pianodizona.model.agreement.ProgrammeAgreement;
import it.pianodizona.model.budget.ActualsLine;
import it.pianodizona.model.budget.ImmutableActuals;
import it.pianodizona.model.budget.ImmutableActualsLine;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.budget.FundingSource;
import it.pianodizona.model.budget.FundingSourceKind;
import it.pianodizona.model.budget.PeriodAmount;
import it.pianodizona.model.common.DateWindow;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.common.PlanPeriod;
import it.pianodizona.model.governance.Approval;
import it.pianodizona.model.governance.ApprovalActKind;
import it.pianodizona.model.objective.Indicator;
import it.pianodizona.model.objective.IndicatorUnit;
import it.pianodizona.model.objective.Measurement;
import it.pianodizona.model.participation.ImmutableMeeting;
import it.pianodizona.model.participation.Meeting;
import it.pianodizona.model.participation.Phase;
import it.pianodizona.model.territory.ImmutableOrganisation;
import it.pianodizona.model.territory.LegalForm;
import it.pianodizona.model.territory.Organisation;
import it.pianodizona.model.territory.ThirdSectorKind;
import it.pianodizona.rules.spi.Pointer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Mutatori del ciclo di vita (issue 16, its open rows): the mutators of the rules added for the
 * plan's lifecycle (operating plans, the predecessor's period, figures after the as-of date,
 * period totals), and the places added to existing rules (approvals, signatories, drafting
 * meetings, period lines, the recorded legal form), each chosen by {@code pick} together with
 * the places the rule's first mutator already used.
 */
public final class LifecycleMutators {

  private static final String NO_SUCH = "mutant-no-such-";

  private LifecycleMutators() {}

  /** The mutators of the rules added here, one per rule. */
  public static ImmutableList<Mutator> all() {
    return ImmutableList.of(
        Mutator.of("OPERATING_PLAN_OUTSIDE_PLAN_PERIOD", LifecycleMutators::operatingPlanOutsidePeriod),
        Mutator.of("PREDECESSOR_PERIOD_GAP", LifecycleMutators::predecessorGap),
        Mutator.of("FIGURE_AFTER_AS_OF_DATE", (plan, pick) -> anyOf(plan, pick,
            LifecycleMutators::measurementAfterAsOf, LifecycleMutators::actualsOfTheCurrentYear)),
        Mutator.of("PERIOD_TOTAL_MISMATCH", LifecycleMutators::periodTotalMismatch));
  }

  /**
   * The mutation of one of these places, as {@code pick} chooses among those that apply to the
   * plan; each place is given the quotient of {@code pick} by the number of places to choose
   * inside it, so that the place and the choice inside it vary independently.
   */
  @SafeVarargs
  static Optional<Mutation> anyOf(ZonePlan plan, int pick, BiFunction<ZonePlan, Integer, Optional<Mutation>>... places) {
    List<Mutation> applicable = new ArrayList<>();
    for (BiFunction<ZonePlan, Integer, Optional<Mutation>> place : places) {
      place.apply(plan, Math.floorDiv(pick, places.length)).ifPresent(applicable::add);
    }
    return applicable.isEmpty() ? Optional.empty() : Optional.of(applicable.get(choose(applicable.size(), pick)));
  }

  // ---- OPERATING_PLAN_OUTSIDE_PLAN_PERIOD

  /** An annual operating plan for the year before the period or the year after it, without adoption date. */
  private static Optional<Mutation> operatingPlanOutsidePeriod(ZonePlan plan, int pick) {
    Year year = Math.floorMod(pick, 2) == 0 ? Year.of(plan.period().start().getYear() - 1)
        : Year.of(plan.period().end().getYear() + 1);
    AnnualOperatingPlan operating = AnnualOperatingPlan.builder().year(year).title("Piano operativo " + year).build();
    int index = plan.annualOperatingPlans().size();
    return Mutation.of(copy(plan).withAnnualOperatingPlans(append(plan.annualOperatingPlans(), operating)),
        "OPERATING_PLAN_OUTSIDE_PLAN_PERIOD", Pointer.root().item(ANNUAL_OPERATING_PLANS, index).field(YEAR).toString());
  }

  // ---- PREDECESSOR_PERIOD_GAP

  /** The predecessor's period moved back by one to three years, leaving those years uncovered. */
  private static Optional<Mutation> predecessorGap(ZonePlan plan, int pick) {
    if (plan.predecessor().flatMap(p -> p.period()).isEmpty()) {
      return Optional.empty();
    }
    PlanPeriod previous = plan.predecessor().get().period().get();
    int years = previous.end().getYear() - plan.period().start().getYear() + 2 + Math.floorMod(pick, 3);
    if (years < 1) {
      return Optional.empty();
    }
    PlanPeriod moved = PlanPeriod.of(previous.start().minusYears(years), previous.end().minusYears(years));
    return Mutation.of(copy(plan).withPredecessor(ImmutablePlanReference.copyOf(plan.predecessor().get()).withPeriod(moved)),
        "PREDECESSOR_PERIOD_GAP", Pointer.root().field(PREDECESSOR).field(PERIOD).toString());
  }

  // ---- FIGURE_AFTER_AS_OF_DATE

  /** An indicator measured a month after the plan starts, the plan judged on its first day. */
  private static Optional<Mutation> measurementAfterAsOf(ZonePlan plan, int pick) {
    List<int[]> places = new ArrayList<>();
    for (int o = 0; o < plan.objectives().size(); o++) {
      for (int i = 0; i < plan.objectives().get(o).indicators().size(); i++) {
        places.add(new int[] {o, i});
      }
    }
    if (places.isEmpty()) {
      return Optional.empty();
    }
    int[] at = places.get(choose(places.size(), pick));
    Indicator indicator = plan.objectives().get(at[0]).indicators().get(at[1]);
    BigDecimal value = indicator.unit() == IndicatorUnit.YES_NO || indicator.unit() == IndicatorUnit.DOCUMENT
        ? BigDecimal.ONE : BigDecimal.TEN;
    Measurement measurement = Measurement.builder()
        .date(PartialDate.of(plan.period().start().plusMonths(1))).value(value).build();
    int index = indicator.measurements().size();
    return Mutation.of(PlanEdits.indicator(plan, at[0], at[1], x -> x.withMeasurements(append(x.measurements(), measurement))),
        "FIGURE_AFTER_AS_OF_DATE", Pointer.root().item(OBJECTIVES, at[0]).item(INDICATORS, at[1])
            .item(MEASUREMENTS, index).field(DATE).toString());
  }

  /**
   * The actuals table gains a column for the plan's first year, still open on the day the plan
   * is judged: one item's cell printed "€ -" (no amount, so no printed total or sum changes).
   */
  private static Optional<Mutation> actualsOfTheCurrentYear(ZonePlan plan, int pick) {
    List<ActualsLine> lines = plan.budget().actuals().map(a -> a.lines()).orElse(ImmutableList.of());
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    Year year = Year.from(plan.period().start());
    ActualsLine open = ImmutableActualsLine.copyOf(lines.get(choose(lines.size(), pick))).withYear(year)
        .withAmount(Optional.empty()).withStatedAs("€ -");
    int index = lines.size();
    return Mutation.of(PlanEdits.budget(plan, b -> b.withActuals(ImmutableActuals.copyOf(b.actuals().get())
            .withLines(append(lines, open)))),
        "FIGURE_AFTER_AS_OF_DATE", Pointer.root().field(BUDGET).field(ACTUALS).item(LINES, index).field(YEAR).toString());
  }

  // ---- PERIOD_TOTAL_MISMATCH

  /**
   * A total for the whole period, of the plan or of one objective, printed € 1.000 above its
   * lines; or, as {@code pick} chooses, a period line for the whole period added with a total
   * that forgets it.
   */
  private static Optional<Mutation> periodTotalMismatch(ZonePlan plan, int pick) {
    List<BudgetLine> lines = plan.budget().lines();
    if (lines.isEmpty() || lines.stream().anyMatch(l -> l.amount().isEmpty())
        || !lines.stream().map(BudgetLine::year).toList().containsAll(plan.period().years())) {
      return Optional.empty();
    }
    List<Optional<String>> objectives = new ArrayList<>();
    objectives.add(Optional.empty());
    plan.objectives().stream().map(o -> Optional.of(o.id()))
        .filter(id -> plan.period().years().stream().allMatch(y -> lines.stream()
            .anyMatch(l -> l.year().equals(y) && l.objectiveId().equals(id))))
        .forEach(objectives::add);
    int place = choose(objectives.size() + 1, pick);
    Money sum = lines.stream().map(l -> l.amount().get()).reduce(Money.ZERO, Money::plus);
    if (place == objectives.size()) {
      PeriodAmount line = PeriodAmount.builder().period(plan.period()).label("Progetto triennale")
          .amount(Money.of("50000.00")).build();
      PeriodAmount total = PeriodAmount.builder().period(plan.period()).label("Totale triennio").amount(sum).build();
      int index = plan.budget().periodTotals().size();
      return Mutation.of(PlanEdits.budget(plan, b -> b.withPeriodLines(append(b.periodLines(), line))
              .withPeriodTotals(append(b.periodTotals(), total))),
          "PERIOD_TOTAL_MISMATCH", Pointer.root().field(BUDGET).item(PERIOD_TOTALS, index).field(AMOUNT).toString());
    }
    Optional<String> objective = objectives.get(place);
    Money ofObjective = lines.stream().filter(l -> objective.isEmpty() || l.objectiveId().equals(objective))
        .map(l -> l.amount().get()).reduce(Money.ZERO, Money::plus);
    PeriodAmount total = PeriodAmount.builder().period(plan.period()).objectiveId(objective)
        .label("Totale triennio").amount(ofObjective.plus(Money.of("1000.00"))).build();
    int index = plan.budget().periodTotals().size();
    return Mutation.of(PlanEdits.budget(plan, b -> b.withPeriodTotals(append(b.periodTotals(), total))),
        "PERIOD_TOTAL_MISMATCH", Pointer.root().field(BUDGET).item(PERIOD_TOTALS, index).field(AMOUNT).toString());
  }

  // ---- places added to existing rules

  /** A signatory whose own signature is dated the day after the agreement's signature date. */
  static Optional<Mutation> signatoryAfterSignature(ZonePlan plan, int pick) {
    Optional<ProgrammeAgreement> agreement = plan.agreement().filter(a -> a.signatureDate().isPresent()
        && !a.signatories().isEmpty());
    if (agreement.isEmpty()) {
      return Optional.empty();
    }
    int s = choose(agreement.get().signatories().size(), pick);
    LocalDate late = agreement.get().signatureDate().get().plusDays(1);
    return PlanEdits.agreement(plan, a -> a.withSignatories(replace(a.signatories(), s,
            ImmutableSignatory.copyOf(a.signatories().get(s)).withSignedOn(late))))
        .flatMap(mutated -> Mutation.of(mutated, "TIMELINE_OUT_OF_ORDER",
            Pointer.root().field(AGREEMENT).item(SIGNATORIES, s).field(SIGNED_ON).toString()));
  }

  /**
   * A meeting of a drafting phase moved to the first working day after the agreement's
   * signature, where that day is still inside its phase's window and before the plan starts.
   */
  static Optional<Mutation> draftingMeetingAfterSignature(ZonePlan plan, int pick) {
    Optional<LocalDate> signed = plan.agreement().flatMap(ProgrammeAgreement::signatureDate);
    if (signed.isEmpty()) {
      return Optional.empty();
    }
    LocalDate day = PlanEdits.workingDayFrom(signed.get().plusDays(1));
    List<Meeting> meetings = plan.participation().meetings();
    Map<String, Phase> phases = new HashMap<>();
    plan.participation().phases().forEach(p -> phases.putIfAbsent(p.id(), p));
    return choose(indexesOf(meetings, m -> m.phaseId().isPresent() && m.endDate().isEmpty()
        && day.isBefore(plan.period().start())
        && Optional.ofNullable(phases.get(m.phaseId().get())).flatMap(Phase::window).map(DateWindow::to)
            .filter(to -> !to.latest().isBefore(day)).isPresent()), pick).flatMap(m -> Mutation.of(
        PlanEdits.participation(plan, p -> p.withMeetings(replace(p.meetings(), m,
            ImmutableMeeting.copyOf(meetings.get(m)).withDate(PartialDate.of(day))))),
        "TIMELINE_OUT_OF_ORDER", Pointer.root().field(PARTICIPATION).item(MEETINGS, m).field(DATE).toString()));
  }

  /** Two approval acts appended, the second dated ten days before the first. */
  static Optional<Mutation> approvalBeforePrevious(ZonePlan plan, int pick) {
    LocalDate first = plan.period().start().minusDays(30);
    int index = plan.approvals().size();
    ImmutableList<Approval> approvals = append(append(plan.approvals(),
        approval("approvato dal Consiglio comunale", first)),
        approval("preso atto dall'Assemblea dei sindaci", first.minusDays(10)));
    return Mutation.of(copy(plan).withApprovals(approvals), "TIMELINE_OUT_OF_ORDER",
        Pointer.root().item(APPROVALS, index + 1).field(DATE).toString());
  }

  /** An approval act dated a month after the plan period ended. */
  static Optional<Mutation> approvalAfterPeriod(ZonePlan plan, int pick) {
    int index = plan.approvals().size();
    return Mutation.of(copy(plan).withApprovals(append(plan.approvals(),
            approval("approvato dal Consiglio comunale", plan.period().end().plusMonths(1)))),
        "TIMELINE_OUT_OF_ORDER", Pointer.root().item(APPROVALS, index).field(DATE).toString());
  }

  private static Approval approval(String statedAs, LocalDate date) {
    return Approval.builder().actKind(ApprovalActKind.DELIBERATION).statedAs(statedAs).date(PartialDate.of(date)).build();
  }

  /** An approval act by a governance body the plan does not list. */
  static Optional<Mutation> approvalByUnknownBody(ZonePlan plan, int pick) {
    int index = plan.approvals().size();
    Approval approval = Approval.builder().actKind(ApprovalActKind.DELIBERATION).bodyId(NO_SUCH + "body").build();
    return Mutation.of(copy(plan).withApprovals(append(plan.approvals(), approval)), "UNKNOWN_GOVERNANCE_REFERENCE",
        Pointer.root().item(APPROVALS, index).field(BODY_ID).toString());
  }

  /** An approval act by a party the plan does not list. */
  static Optional<Mutation> approvalByUnknownParty(ZonePlan plan, int pick) {
    int index = plan.approvals().size();
    Approval approval = Approval.builder().actKind(ApprovalActKind.DELIBERATION).partyId(NO_SUCH + "party").build();
    return Mutation.of(copy(plan).withApprovals(append(plan.approvals(), approval)), "UNKNOWN_PARTY",
        Pointer.root().item(APPROVALS, index).field(PARTY_ID).toString());
  }

  /** A period line, or a period total, of an objective the plan does not have. */
  static Optional<Mutation> periodAmountOfUnknownObjective(ZonePlan plan, int pick) {
    PeriodAmount amount = PeriodAmount.builder().period(plan.period()).objectiveId(NO_SUCH + "objective")
        .label("Progetto triennale").amount(Money.of("1000.00")).build();
    if (Math.floorMod(pick, 2) == 0) {
      int index = plan.budget().periodLines().size();
      return Mutation.of(PlanEdits.budget(plan, b -> b.withPeriodLines(append(b.periodLines(), amount))),
          "UNKNOWN_OBJECTIVE", Pointer.root().field(BUDGET).item(PERIOD_LINES, index).field(OBJECTIVE_ID).toString());
    }
    int index = plan.budget().periodTotals().size();
    return Mutation.of(PlanEdits.budget(plan, b -> b.withPeriodTotals(append(b.periodTotals(), amount))),
        "UNKNOWN_OBJECTIVE", Pointer.root().field(BUDGET).item(PERIOD_TOTALS, index).field(OBJECTIVE_ID).toString());
  }

  /** A period line for the three years before the plan. */
  static Optional<Mutation> periodLineOutsidePeriod(ZonePlan plan, int pick) {
    int first = plan.period().start().getYear();
    PeriodAmount line = PeriodAmount.builder().period(PlanPeriod.ofYears(first - 3, first - 1))
        .label("Progetto del triennio precedente").amount(Money.of("1000.00")).build();
    int index = plan.budget().periodLines().size();
    return Mutation.of(PlanEdits.budget(plan, b -> b.withPeriodLines(append(b.periodLines(), line))),
        "BUDGET_LINE_OUTSIDE_PLAN_PERIOD", Pointer.root().field(BUDGET).item(PERIOD_LINES, index).field(PERIOD).toString());
  }

  /**
   * A period line for the plan's own period drawing on a fund that existed in none of its years:
   * the Fondo Povertà for a period before 2016, the PNRR for one before 2021.
   */
  static Optional<Mutation> periodLineFundNotInForce(ZonePlan plan, int pick) {
    int last = plan.period().end().getYear();
    if (last >= 2021) {
      return Optional.empty();
    }
    FundingSource fund = last < 2016 ? FundingSource.of(FundingSourceKind.POVERTY_FUND)
        : FundingSource.builder().kind(FundingSourceKind.EUROPEAN_FUNDS).label("PNRR M5C2").build();
    PeriodAmount line = PeriodAmount.builder().period(plan.period()).label("Progetto triennale")
        .fundingSource(fund).amount(Money.of("1000.00")).build();
    int index = plan.budget().periodLines().size();
    return Mutation.of(PlanEdits.budget(plan, b -> b.withPeriodLines(append(b.periodLines(), line))),
        "FUND_NOT_IN_FORCE", Pointer.root().field(BUDGET).item(PERIOD_LINES, index).field(FUNDING_SOURCE).toString());
  }

  /** A third-sector entity (not a social enterprise) whose recorded legal form is an S.r.l. */
  static Optional<Mutation> forProfitLegalForm(ZonePlan plan, int pick) {
    List<Organisation> organisations = plan.organisations();
    return choose(indexesOf(organisations, o -> o.isThirdSectorEntity() && o.thirdSectorKind()
        .filter(k -> k == ThirdSectorKind.SOCIAL_ENTERPRISE || k == ThirdSectorKind.SOCIAL_COOPERATIVE).isEmpty()
        && !o.name().toLowerCase(Locale.ITALIAN).contains("sociale")
        && !o.name().toLowerCase(Locale.ITALIAN).contains("onlus")), pick).flatMap(o -> Mutation.of(
            copy(plan).withOrganisations(replace(organisations, o, ImmutableOrganisation.copyOf(organisations.get(o))
                .withLegalForm(LegalForm.LIMITED_COMPANY))),
            "FOR_PROFIT_AS_THIRD_SECTOR", Pointer.root().item(ORGANISATIONS, o).field(LEGAL_FORM).toString()));
  }
}
