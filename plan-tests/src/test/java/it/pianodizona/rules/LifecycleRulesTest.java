package it.pianodizona.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ImmutablePlanReference;
import it.pianodizona.model.ImmutableZonePlan;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.ImmutableBudget;
import it.pianodizona.model.budget.ImmutableBudgetLine;
import it.pianodizona.model.budget.PeriodAmount;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.common.PlanPeriod;
import it.pianodizona.model.governance.Approval;
import it.pianodizona.model.governance.ApprovalActKind;
import it.pianodizona.model.territory.ImmutableOrganisation;
import it.pianodizona.model.territory.LegalForm;
import it.pianodizona.model.territory.Organisation;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.model.territory.ThirdSectorKind;
import it.pianodizona.rules.standard.StandardRules;
import it.pianodizona.testkit.assertions.ReportAssert;
import it.pianodizona.testkit.plans.CremaSkeleton;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Regressioni delle regole del ciclo di vita e della forma giuridica (issue 16, its open rows), on
 * the Crema skeleton (whose budget lines are the document's, 20,396,464.66 euro in three years).
 */
class LifecycleRulesTest {

  private static final ZonePlan CREMA = CremaSkeleton.plan();
  private static final PlanPeriod CREMA_PERIOD = CREMA.period();

  private static ValidationReport validate(ZonePlan plan) {
    return StandardRules.validator(ValidationOptions.builder().asOf(LocalDate.of(2026, 1, 1))
        .locale(Locale.ENGLISH).build()).validate(plan);
  }

  private static ZonePlan withOrganisation(Organisation organisation) {
    return ImmutableZonePlan.copyOf(CREMA).withOrganisations(
        ImmutableList.<Organisation>builder().addAll(CREMA.organisations()).add(organisation).build());
  }

  private static Organisation ets(String name) {
    return Organisation.builder().id("ets").name(name).kind(OrganisationKind.THIRD_SECTOR)
        .thirdSectorKind(ThirdSectorKind.OTHER_ENTITY).build();
  }

  @Test
  void aRecordedCompanyFormIsReportedAtTheLegalFormWhateverTheName() {
    ZonePlan plan = withOrganisation(ImmutableOrganisation.copyOf(ets("Beta")).withLegalForm(LegalForm.JOINT_STOCK_COMPANY));
    ReportAssert.assertThat(validate(plan)).hasFinding("FOR_PROFIT_AS_THIRD_SECTOR").at("/organisations/2/legalForm");
    assertThat(validate(plan).findings()).filteredOn(f -> f.ruleId().equals("FOR_PROFIT_AS_THIRD_SECTOR"))
        .singleElement().satisfies(f -> assertThat(f.message()).contains("S.p.A."));
  }

  @Test
  void aRecordedAssociationWinsOverACompanyAcronymInTheName() {
    ZonePlan plan = withOrganisation(ImmutableOrganisation.copyOf(ets("S.A.S. Sostegno Anziani Soli")).withLegalForm(LegalForm.ASSOCIATION));
    ReportAssert.assertThat(validate(plan)).hasNoFinding("FOR_PROFIT_AS_THIRD_SECTOR");
  }

  @Test
  void theNameIsReadOnlyWhereNoFormIsRecorded() {
    ReportAssert.assertThat(validate(withOrganisation(ets("S.A.S. Sostegno Anziani Soli"))))
        .hasFinding("FOR_PROFIT_AS_THIRD_SECTOR").at("/organisations/2/name");
  }

  @Test
  void aCompanyThatIsASocialEnterpriseIsAThirdSectorEntity() {
    Organisation byKind = ImmutableOrganisation.copyOf(ets("Delta")).withLegalForm(LegalForm.LIMITED_COMPANY)
        .withThirdSectorKind(ThirdSectorKind.SOCIAL_ENTERPRISE);
    Organisation byWords = ImmutableOrganisation.copyOf(ets("Delta")).withLegalForm(LegalForm.LIMITED_COMPANY)
        .withLegalFormStatedAs("S.r.l. impresa sociale");
    ReportAssert.assertThat(validate(withOrganisation(byKind))).hasNoFinding("FOR_PROFIT_AS_THIRD_SECTOR");
    ReportAssert.assertThat(validate(withOrganisation(byWords))).hasNoFinding("FOR_PROFIT_AS_THIRD_SECTOR");
  }

  @Test
  void onlyTheCompaniesOfBookVFormedForProfitAreForProfitCompanies() {
    assertThat(LegalForm.values()).filteredOn(LegalForm::isForProfitCompany).containsExactlyInAnyOrder(
        LegalForm.LIMITED_COMPANY, LegalForm.JOINT_STOCK_COMPANY, LegalForm.PARTNERSHIP_LIMITED_BY_SHARES,
        LegalForm.GENERAL_PARTNERSHIP, LegalForm.LIMITED_PARTNERSHIP, LegalForm.SIMPLE_PARTNERSHIP);
  }

  @Test
  void aPeriodTotalIsTheSumOfTheYearlyAndPeriodLinesItCovers() {
    PeriodAmount project = PeriodAmount.builder().period(CREMA_PERIOD).amount(Money.of("1000.00")).build();
    ZonePlan right = ImmutableZonePlan.copyOf(CREMA).withBudget(ImmutableBudget.copyOf(CREMA.budget())
        .withPeriodLines(project)
        .withPeriodTotals(PeriodAmount.builder().period(CREMA_PERIOD).amount(Money.of("20397464.66")).build()));
    ReportAssert.assertThat(validate(right)).hasNoFinding("PERIOD_TOTAL_MISMATCH");
    ZonePlan wrong = ImmutableZonePlan.copyOf(right).withBudget(ImmutableBudget.copyOf(right.budget())
        .withPeriodTotals(PeriodAmount.builder().period(CREMA_PERIOD).amount(Money.of("20396464.66")).build()));
    ReportAssert.assertThat(validate(wrong)).hasFinding("PERIOD_TOTAL_MISMATCH").at("/budget/periodTotals/0/amount");
  }

  @Test
  void aPeriodTotalOverABlankLineIsNotCalledWrong() {
    ImmutableBudget budget = ImmutableBudget.copyOf(CREMA.budget());
    ZonePlan plan = ImmutableZonePlan.copyOf(CREMA).withBudget(budget
        .withLines(ImmutableList.<it.pianodizona.model.budget.BudgetLine>builder()
            .add(ImmutableBudgetLine.copyOf(budget.lines().get(0)).withAmount(java.util.Optional.empty()))
            .addAll(budget.lines().subList(1, budget.lines().size())).build())
        .withPeriodTotals(PeriodAmount.builder().period(CREMA_PERIOD).amount(Money.of("1.00")).build()));
    ReportAssert.assertThat(validate(plan)).hasNoFinding("PERIOD_TOTAL_MISMATCH");
  }

  @Test
  void monthsUncoveredWithinAYearAreNotAGapButAWholeYearIs() {
    ReportAssert.assertThat(validate(CREMA)).hasNoFinding("PREDECESSOR_PERIOD_GAP");
    ZonePlan gap = ImmutableZonePlan.copyOf(CREMA).withPredecessor(ImmutablePlanReference.copyOf(CREMA.predecessor().get())
        .withPeriod(PlanPeriod.ofYears(2010, 2013)));
    ReportAssert.assertThat(validate(gap)).hasFinding("PREDECESSOR_PERIOD_GAP").at("/predecessor/period")
        .withSeverity(Severity.INFO);
  }

  @Test
  void approvalsOfPartialDatesAreJudgedOnlyWhenCertainlyOutOfOrder() {
    Approval month = Approval.builder().actKind(ApprovalActKind.OTHER).statedAs("Comitato").date(PartialDate.parse("2015-04")).build();
    Approval day = Approval.builder().actKind(ApprovalActKind.DELIBERATION).statedAs("Assemblea")
        .date(PartialDate.parse("2015-04-16")).build();
    Approval earlier = Approval.builder().actKind(ApprovalActKind.DELIBERATION).statedAs("Consiglio")
        .date(PartialDate.parse("2015-03-31")).build();
    ReportAssert.assertThat(validate(ImmutableZonePlan.copyOf(CREMA).withApprovals(month, day)))
        .hasNoFinding("TIMELINE_OUT_OF_ORDER");
    ReportAssert.assertThat(validate(ImmutableZonePlan.copyOf(CREMA).withApprovals(month, day, earlier)))
        .hasFinding("TIMELINE_OUT_OF_ORDER").at("/approvals/2/date");
  }

  @Test
  void figuresAfterTheAsOfDateAreJudgedOnlyWithOne() {
    ZonePlan plan = CREMA;
    ValidationReport noAsOf = StandardRules.validator().validate(plan);
    ReportAssert.assertThat(noAsOf).hasNoFinding("FIGURE_AFTER_AS_OF_DATE");
    ValidationReport early = StandardRules.validator(ValidationOptions.builder().asOf(LocalDate.of(2011, 6, 30)).build())
        .validate(plan);
    ReportAssert.assertThat(early).hasFinding("FIGURE_AFTER_AS_OF_DATE").at("/budget/actuals/lines/0/year");
  }
}
