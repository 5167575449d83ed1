package it.pianodizona.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ImmutableZonePlan;
import it.pianodizona.model.PlanStatus;
import it.pianodizona.model.SourceKind;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.Budget;
import it.pianodizona.model.budget.PeriodAmount;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.governance.Approval;
import it.pianodizona.model.governance.ApprovalActKind;
import it.pianodizona.model.governance.ApprovalOutcome;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.governance.ImmutableGovernanceBody;
import it.pianodizona.model.governance.Power;
import it.pianodizona.model.objective.ImmutableObjective;
import it.pianodizona.rules.standard.StandardRules;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Issue 17, the situations of a real Puglia plan (Fasano 2022-2024) that raised false alarms:
 * approval in sequence, a budget known only as a triennial total, a plan known only from a
 * summary or the press. Each is built on generated plans, so each is also a property.
 */
class PartialSourcesAndApprovalsTest {

  private static final Validator VALIDATOR = StandardRules.validator(
      ValidationOptions.builder().asOf(LocalDate.of(2026, 1, 1)).build());

  private static List<Finding> findings(ZonePlan plan, String rule) {
    return VALIDATOR.validate(plan).findings().stream().filter(f -> f.ruleId().equals(rule))
        .collect(Collectors.toList());
  }

  private static List<Integer> deciders(ZonePlan plan) {
    return IntStream.range(0, plan.governanceBodies().size())
        .filter(i -> plan.governanceBodies().get(i).powers().contains(Power.DECIDES)).boxed()
        .collect(Collectors.toList());
  }

  /** The plan with a second deciding body beside its one decider, as DECISION_BODY_NOT_UNIQUE's mutator builds it. */
  private static ZonePlan withTwoDeciders(ZonePlan plan) {
    GovernanceBody decider = plan.governanceBodies().get(deciders(plan).get(0));
    GovernanceBody second = ImmutableGovernanceBody.copyOf(decider).withId(decider.id() + "-conferenza")
        .withName("Conferenza di servizi");
    return ImmutableZonePlan.copyOf(plan).withGovernanceBodies(
        ImmutableList.<GovernanceBody>builder().addAll(plan.governanceBodies()).add(second).build());
  }

  private static Approval act(String bodyId, ApprovalActKind kind, ApprovalOutcome outcome) {
    return Approval.builder().bodyId(bodyId).actKind(kind).outcome(outcome).build();
  }

  @Property
  void approvalInSequenceIsNotAConflict(@ForAll(supplier = GeneratedPlans.Puglia.class) ZonePlan plan) {
    Assume.that(deciders(plan).size() == 1);
    ZonePlan twoDeciders = withTwoDeciders(plan);
    assertThat(findings(twoDeciders, "DECISION_BODY_NOT_UNIQUE")).hasSize(1);
    List<GovernanceBody> bodies = twoDeciders.governanceBodies();
    String first = bodies.get(deciders(plan).get(0)).id();
    String last = bodies.get(bodies.size() - 1).id();
    // Coordinamento istituzionale, then the conferenza di servizi that adopts the plan.
    ZonePlan sequential = ImmutableZonePlan.copyOf(twoDeciders).withApprovals(
        act(first, ApprovalActKind.DELIBERATION, ApprovalOutcome.APPROVED),
        act(last, ApprovalActKind.CONFERENZA_DI_SERVIZI, ApprovalOutcome.ADOPTED));
    assertThat(findings(sequential, "DECISION_BODY_NOT_UNIQUE")).isEmpty();
  }

  @Property
  void twoDecidersWithoutASequenceRemainAFinding(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan) {
    Assume.that(deciders(plan).size() == 1);
    ZonePlan twoDeciders = withTwoDeciders(plan);
    String first = twoDeciders.governanceBodies().get(deciders(plan).get(0)).id();
    // One act of one of them is no sequence of the two.
    ZonePlan oneAct = ImmutableZonePlan.copyOf(twoDeciders).withApprovals(
        act(first, ApprovalActKind.DELIBERATION, ApprovalOutcome.APPROVED));
    assertThat(findings(oneAct, "DECISION_BODY_NOT_UNIQUE")).hasSize(1);
  }

  @Property
  void aPlanWithOnlyATriennialTotalIsNotBudgetLess(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan) {
    ZonePlan approved = ImmutableZonePlan.copyOf(plan).withStatus(PlanStatus.APPROVED);
    ZonePlan noBudget = ImmutableZonePlan.copyOf(approved).withBudget(Budget.empty());
    assertThat(findings(noBudget, "REQUIRED_ELEMENT_MISSING")).extracting(Finding::path).contains("/budget");
    // "18.456.474,21 euro" for 2022-2024: Fasano's stated triennial total (issue 17).
    ZonePlan periodTotal = ImmutableZonePlan.copyOf(approved).withBudget(Budget.builder()
        .addPeriodTotals(PeriodAmount.builder().period(plan.period()).amount(Money.of("18456474.21"))
            .statedAs("18.456.474,21 euro").build())
        .build());
    assertThat(findings(periodTotal, "REQUIRED_ELEMENT_MISSING")).extracting(Finding::path)
        .doesNotContain("/budget");
  }

  @Property
  void aSummarySourceMakesMissingIndicatorsAndBudgetInfo(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan,
      @ForAll SourceKind kind) {
    Assume.that(!plan.objectives().isEmpty());
    ZonePlan bare = ImmutableZonePlan.copyOf(plan).withStatus(PlanStatus.APPROVED).withBudget(Budget.empty())
        .withObjectives(plan.objectives().stream().map(o -> ImmutableObjective.copyOf(o).withIndicators())
            .collect(Collectors.toList()))
        .withSourceKind(kind);
    Severity expected = kind == SourceKind.FULL_PLAN ? Severity.WARNING : Severity.INFO;
    List<Finding> indicators = findings(bare, "OBJECTIVE_WITHOUT_INDICATOR");
    assertThat(indicators).hasSize(plan.objectives().size())
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(expected));
    List<Finding> budget = findings(bare, "REQUIRED_ELEMENT_MISSING").stream()
        .filter(f -> f.path().equals("/budget")).collect(Collectors.toList());
    assertThat(budget).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(expected);
      if (expected == Severity.INFO) {
        assertThat(f.message()).contains(kind.name().toLowerCase(java.util.Locale.ROOT));
      }
    });
  }

  @Property
  void aSeverityTheUserSetStillWins(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan) {
    Assume.that(!plan.objectives().isEmpty());
    ZonePlan bare = ImmutableZonePlan.copyOf(plan).withSourceKind(SourceKind.PRESS)
        .withObjectives(plan.objectives().stream().map(o -> ImmutableObjective.copyOf(o).withIndicators())
            .collect(Collectors.toList()));
    Validator strict = StandardRules.validator(ValidationOptions.builder().asOf(LocalDate.of(2026, 1, 1))
        .putSeverityOverrides("OBJECTIVE_WITHOUT_INDICATOR", Severity.ERROR).build());
    assertThat(strict.validate(bare).findings()).filteredOn(f -> f.ruleId().equals("OBJECTIVE_WITHOUT_INDICATOR"))
        .isNotEmpty().allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
  }
}
