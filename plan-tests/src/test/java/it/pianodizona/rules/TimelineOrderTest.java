package it.pianodizona.rules;

import static it.pianodizona.testkit.assertions.ReportAssert.assertThat;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ImmutableZonePlan;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.governance.Approval;
import it.pianodizona.model.governance.ApprovalActKind;
import it.pianodizona.model.agreement.Adherent;
import it.pianodizona.model.agreement.ImmutableProgrammeAgreement;
import it.pianodizona.model.agreement.ProgrammeAgreement;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.participation.ExpressionOfInterest;
import it.pianodizona.model.participation.ImmutableExpressionOfInterest;
import it.pianodizona.model.participation.ImmutableParticipation;
import it.pianodizona.model.participation.ImmutableParticipationCall;
import it.pianodizona.model.territory.Region;
import it.pianodizona.testkit.mutators.RuleTesting;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * TIMELINE_OUT_OF_ORDER on the sequences its mutators do not build: a chain of approval acts
 * where a later act is dated before the latest one ahead of it, an adherence dated before the
 * agreement's signature or before its request, an agreement signed after the plan's period.
 * The acts and dates are illustrative, relative to the generated plan's period.
 */
class TimelineOrderTest {

  private static final ZonePlan PLAN = PlanGenerator.generate(15, new PlanShape(Region.LOMBARDIA, 1, 1, 1, 1));
  private static final LocalDate START = PLAN.period().start();
  private static final String RULE = "TIMELINE_OUT_OF_ORDER";

  private static ValidationReport validate(ZonePlan plan) {
    return RuleTesting.validate(plan, plan.period().end(), Locale.ENGLISH);
  }

  private static Approval act(String statedAs, LocalDate day) {
    return Approval.builder().actKind(ApprovalActKind.DELIBERATION).statedAs(statedAs).date(PartialDate.of(day)).build();
  }

  @Test
  void anApprovalActDatedBeforeTheLatestActAheadOfItIsOutOfOrder() {
    ZonePlan plan = ImmutableZonePlan.copyOf(PLAN).withApprovals(
        act("atto 1", START.plusDays(60)), act("atto 2", START.plusDays(10)), act("atto 3", START.plusDays(30)),
        act("atto 4", START.plusDays(90)), act("atto 5", START.plusDays(75)));
    ValidationReport report = validate(plan);
    assertThat(report).hasFinding(RULE).at("/approvals/1/date").withMessageContaining("(" + START.plusDays(60) + ")");
    assertThat(report).hasFinding(RULE).at("/approvals/2/date").withMessageContaining("(" + START.plusDays(60) + ")");
    assertThat(report).hasFinding(RULE).at("/approvals/4/date").withMessageContaining("(" + START.plusDays(90) + ")");
    assertThat(report).hasFinding(RULE).times(3);
  }

  private static ZonePlan withAdherent(Adherent adherent) {
    ProgrammeAgreement agreement = PLAN.agreement().orElseThrow();
    return ImmutableZonePlan.copyOf(PLAN).withAgreement(ImmutableProgrammeAgreement.copyOf(agreement)
        .withAdherents(ImmutableList.<Adherent>builder().addAll(agreement.adherents()).add(adherent).build()));
  }

  @Test
  void anAdherenceIsDatedNeitherBeforeTheSignatureNorBeforeItsRequest() {
    LocalDate signed = PLAN.agreement().orElseThrow().signatureDate().orElseThrow();
    String party = PLAN.agreement().orElseThrow().adherents().get(0).partyId();
    int index = PLAN.agreement().orElseThrow().adherents().size();
    String path = "/agreement/adherents/" + index + "/adheredOn";
    assertThat(validate(withAdherent(Adherent.builder().partyId(party).adheredOn(signed.minusDays(1)).build())))
        .hasFinding(RULE).at(path).withMessageContaining("before the agreement was signed (" + signed + ")");
    assertThat(validate(withAdherent(Adherent.builder().partyId(party).requestedOn(signed.plusDays(20))
        .adheredOn(signed.plusDays(10)).build())))
        .hasFinding(RULE).at(path).withMessageContaining("before it was requested (" + signed.plusDays(20) + ")");
    assertThat(validate(withAdherent(Adherent.builder().partyId(party).requestedOn(signed.plusDays(10))
        .adheredOn(signed.plusDays(20)).build())))
        .hasNoFinding(RULE);
  }

  @Test
  void anAgreementSignedAfterThePeriodIsOutOfOrder() {
    LocalDate late = PLAN.period().end().plusDays(1);
    ZonePlan plan = ImmutableZonePlan.copyOf(PLAN).withAgreement(ImmutableProgrammeAgreement.copyOf(PLAN.agreement().orElseThrow())
        .withSignatureDate(late));
    assertThat(validate(plan)).hasFinding(RULE).at("/agreement/signatureDate")
        .withMessageContaining("after the plan period ended (" + PLAN.period().end() + ")");
  }

  private static ZonePlan withCallAndInterest(UnaryOperator<ImmutableParticipationCall> call, LocalDate received) {
    var participation = PLAN.participation();
    return ImmutableZonePlan.copyOf(PLAN).withParticipation(ImmutableParticipation.copyOf(participation)
        .withCalls(call.apply(ImmutableParticipationCall.copyOf(participation.calls().get(0))))
        .withExpressionsOfInterest(ImmutableList.<ExpressionOfInterest>builder()
            .add(ImmutableExpressionOfInterest.copyOf(participation.expressionsOfInterest().get(0)).withReceivedOn(received))
            .addAll(participation.expressionsOfInterest().subList(1, participation.expressionsOfInterest().size()))
            .build()));
  }

  @Test
  void anInterestBeforeTheCallIsOutOfOrderUnlessTheCallsOwnDatesAreWhatIsWrong() {
    LocalDate published = PLAN.participation().calls().get(0).publicationDate().orElseThrow();
    String path = "/participation/expressionsOfInterest/0/receivedOn";
    assertThat(validate(withCallAndInterest(c -> c.withDeadline(Optional.empty()), published.minusDays(1))))
        .hasFinding(RULE).at(path).withMessageContaining("before the call was published (" + published + ")");
    ValidationReport callWrong = validate(withCallAndInterest(c -> c.withDeadline(published.minusDays(10)),
        published.minusDays(1)));
    assertThat(callWrong).hasFinding("CALL_DEADLINE_BEFORE_PUBLICATION");
    Assertions.assertThat(callWrong.findings()).noneMatch(f -> f.ruleId().equals(RULE) && f.path().equals(path));
  }
}
