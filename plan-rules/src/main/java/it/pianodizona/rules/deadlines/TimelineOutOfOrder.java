package it.pianodizona.rules.deadlines;

import static it.pianodizona.rules.spi.PlanFields.ADHERED_ON;
import static it.pianodizona.rules.spi.PlanFields.ADHERENTS;
import static it.pianodizona.rules.spi.PlanFields.ADOPTED_ON;
import static it.pianodizona.rules.spi.PlanFields.AGREEMENT;
import static it.pianodizona.rules.spi.PlanFields.ANNUAL_OPERATING_PLANS;
import static it.pianodizona.rules.spi.PlanFields.APPROVALS;
import static it.pianodizona.rules.spi.PlanFields.DATE;
import static it.pianodizona.rules.spi.PlanFields.MEETINGS;
import static it.pianodizona.rules.spi.PlanFields.SIGNATORIES;
import static it.pianodizona.rules.spi.PlanFields.SIGNED_ON;
import static it.pianodizona.rules.spi.PlanFields.EXPRESSIONS_OF_INTEREST;
import static it.pianodizona.rules.spi.PlanFields.PARTICIPATION;
import static it.pianodizona.rules.spi.PlanFields.RECEIVED_ON;
import static it.pianodizona.rules.spi.PlanFields.SIGNATURE_DATE;

import it.pianodizona.model.AnnualOperatingPlan;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.Adherent;
import it.pianodizona.model.agreement.ProgrammeAgreement;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.governance.Approval;
import it.pianodizona.model.participation.Meeting;
import it.pianodizona.model.participation.Phase;
import it.pianodizona.model.participation.ExpressionOfInterest;
import it.pianodizona.model.participation.ParticipationCall;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.PlanDates;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cronologia incoerente: two dated events of the plan's life in the wrong order, for the pairs
 * of the chain (call publication, expressions of interest, deadline, meetings, approval,
 * agreement signature, adherence, plan period) that no rule of their own checks:
 * an expression of interest received before its call was published, an adherence before the
 * agreement it adheres to was signed or before it was requested, an agreement signed after the
 * plan's period ended, an annual operating plan adopted after its own year, a signatory signing
 * after the agreement's own signature date, a meeting of the drafting process (one that belongs
 * to a phase of it) after the agreement that closes the drafting was signed, an approval act
 * dated before an act listed ahead of it in the chain or after the plan's period ended.
 *
 * <p>Partial dates (a month, a year) are judged only where every day they can mean is out of
 * order. An approval after the signature is not a finding: town councils may ratify an agreement
 * their mayor signed (D.Lgs. 267/2000 art. 34 c.5).
 *
 * <p>The pairs are one table of (later event, earlier bound) walked once; each finding points at
 * the later event, the one a reviewer corrects, and names the bound in its values. Pairs with a
 * rule of their own (deadline before publication, interest after the deadline, meeting before
 * the deadline or outside its phase, start before the predecessor's end) stay there.
 */
final class TimelineOutOfOrder extends AbstractRule {

  /** One ordered pair: {@code date} should not be before {@code bound} (or after, if {@code notAfter}). */
  private record Pair(Pointer path, LocalDate date, LocalDate bound, boolean notAfter, String variant, Object shown) {

    Pair(Pointer path, LocalDate date, LocalDate bound, boolean notAfter, String variant) {
      this(path, date, bound, notAfter, variant, date);
    }
  }

  TimelineOutOfOrder() {
    super("TIMELINE_OUT_OF_ORDER", RuleFamily.DEADLINES, Severity.WARNING,
        Citations.PLAN_DOCUMENT + "; " + Citations.L328_ART19_C2);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    for (Pair pair : pairs(plan)) {
      boolean wrong = pair.notAfter() ? pair.date().isAfter(pair.bound()) : pair.date().isBefore(pair.bound());
      if (wrong) {
        context.finding(pair.path()).with("date", pair.shown()).with("bound", pair.bound())
            .variant(pair.variant()).report();
      }
    }
  }

  private static List<Pair> pairs(ZonePlan plan) {
    List<Pair> pairs = new ArrayList<>();
    Map<String, ParticipationCall> calls = new HashMap<>();
    plan.participation().calls().forEach(c -> calls.putIfAbsent(c.id(), c));
    List<ExpressionOfInterest> interests = plan.participation().expressionsOfInterest();
    for (int e = 0; e < interests.size(); e++) {
      ExpressionOfInterest interest = interests.get(e);
      // A call whose own deadline precedes its publication is CALL_DEADLINE_BEFORE_PUBLICATION's finding.
      Optional<LocalDate> published = Optional.ofNullable(calls.get(interest.callId()))
          .filter(c -> c.deadline().isEmpty() || c.publicationDate().isEmpty()
              || !c.deadline().get().isBefore(c.publicationDate().get()))
          .flatMap(ParticipationCall::publicationDate);
      if (interest.receivedOn().isPresent() && published.isPresent()) {
        pairs.add(new Pair(Pointer.root().field(PARTICIPATION).item(EXPRESSIONS_OF_INTEREST, e).field(RECEIVED_ON),
            interest.receivedOn().get(), published.get(), false, "interestBeforeCall"));
      }
    }
    if (plan.agreement().isPresent()) {
      ProgrammeAgreement agreement = plan.agreement().get();
      agreement.signatureDate().ifPresent(signed -> pairs.add(new Pair(
          Pointer.root().field(AGREEMENT).field(SIGNATURE_DATE), signed, plan.period().end(), true,
          "signatureAfterPeriod")));
      agreement.signatureDate().ifPresent(signed -> afterSignature(plan, agreement, signed, pairs));
      for (int a = 0; a < agreement.adherents().size(); a++) {
        Adherent adherent = agreement.adherents().get(a);
        if (adherent.adheredOn().isEmpty()) {
          continue;
        }
        Pointer path = Pointer.root().field(AGREEMENT).item(ADHERENTS, a).field(ADHERED_ON);
        LocalDate adhered = adherent.adheredOn().get();
        if (agreement.signatureDate().isPresent() && adhered.isBefore(agreement.signatureDate().get())) {
          pairs.add(new Pair(path, adhered, agreement.signatureDate().get(), false, "adherenceBeforeSignature"));
        } else if (adherent.requestedOn().isPresent()) {
          pairs.add(new Pair(path, adhered, adherent.requestedOn().get(), false, "adherenceBeforeRequest"));
        }
      }
    }
    approvals(plan, pairs);
    List<AnnualOperatingPlan> operating = plan.annualOperatingPlans();
    for (int p = 0; p < operating.size(); p++) {
      AnnualOperatingPlan yearly = operating.get(p);
      if (yearly.adoptedOn().isPresent()) {
        pairs.add(new Pair(Pointer.root().item(ANNUAL_OPERATING_PLANS, p).field(ADOPTED_ON),
            yearly.adoptedOn().get(), yearly.year().atMonth(12).atEndOfMonth(), true, "operatingPlanAfterYear"));
      }
    }
    return pairs;
  }

  /** Signatories signing after the agreement's date; meetings of a drafting phase held after it. */
  private static void afterSignature(ZonePlan plan, ProgrammeAgreement agreement, LocalDate signed, List<Pair> pairs) {
    for (int s = 0; s < agreement.signatories().size(); s++) {
      Optional<LocalDate> signedOn = agreement.signatories().get(s).signedOn();
      if (signedOn.isPresent()) {
        pairs.add(new Pair(Pointer.root().field(AGREEMENT).item(SIGNATORIES, s).field(SIGNED_ON),
            signedOn.get(), signed, true, "signatoryAfterSignature"));
      }
    }
    List<Meeting> meetings = plan.participation().meetings();
    Map<String, Phase> phases = new HashMap<>();
    plan.participation().phases().forEach(p -> phases.putIfAbsent(p.id(), p));
    for (int m = 0; m < meetings.size(); m++) {
      Meeting meeting = meetings.get(m);
      // A meeting outside its phase's window is MEETING_OUTSIDE_PHASE's finding: one problem, one finding.
      boolean outsideItsPhase = meeting.phaseId().map(phases::get).flatMap(Phase::window)
          .filter(w -> PlanDates.outside(meeting.date(), meeting.endDate().orElse(meeting.date().latest()), w))
          .isPresent();
      if (meeting.phaseId().isPresent() && !outsideItsPhase) {
        pairs.add(new Pair(Pointer.root().field(PARTICIPATION).item(MEETINGS, m).field(DATE),
            meeting.date().earliest(), signed, true, "draftingMeetingAfterSignature", meeting.date()));
      }
    }
  }

  /**
   * The approval acts in the order they are listed: an act that certainly precedes the earliest
   * day of an act listed before it, or that certainly follows the plan's end.
   */
  private static void approvals(ZonePlan plan, List<Pair> pairs) {
    List<Approval> approvals = plan.approvals();
    Optional<LocalDate> previousAct = Optional.empty();
    for (int a = 0; a < approvals.size(); a++) {
      Optional<PartialDate> date = approvals.get(a).date();
      if (date.isEmpty()) {
        continue;
      }
      Pointer path = Pointer.root().item(APPROVALS, a).field(DATE);
      if (previousAct.isPresent() && date.get().latest().isBefore(previousAct.get())) {
        pairs.add(new Pair(path, date.get().latest(), previousAct.get(), false, "approvalBeforePrevious", date.get()));
      } else {
        pairs.add(new Pair(path, date.get().earliest(), plan.period().end(), true, "approvalAfterPeriod", date.get()));
      }
      LocalDate earliest = date.get().earliest();
      previousAct = Optional.of(previousAct.filter(d -> d.isAfter(earliest)).orElse(earliest));
    }
  }
}
