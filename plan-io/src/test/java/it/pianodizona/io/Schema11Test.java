package it.pianodizona.io;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.model.SourceKind;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.ImmutableBudget;
import it.pianodizona.model.budget.PeriodAmount;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.common.PlanPeriod;
import it.pianodizona.model.governance.Approval;
import it.pianodizona.model.governance.ApprovalActKind;
import it.pianodizona.model.governance.ApprovalOutcome;
import it.pianodizona.model.territory.ImmutableDistrict;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Formato 1.1: a 1.0 document reads unchanged and is written as 1.1; the fields 1.1 adds
 * (approval chain, period amounts, the district's official code, the kind of source) round-trip.
 * The amounts and words below are the Fasano 2022-2024 figures quoted in issue 17.
 */
class Schema11Test {

  @Test
  void aVersionOneZeroDocumentReadsUnchangedAndIsWrittenAsOneOne() {
    ZonePlan plan = PlanJson.read(Fixtures.MINIMAL);
    assertThat(plan.approvals()).isEmpty();
    assertThat(plan.sourceKind()).isEmpty();
    assertThat(plan.district().officialCode()).isEmpty();
    String written = PlanJson.write(plan);
    assertThat(written).contains("\"schemaVersion\": \"1.1\"");
    assertThat(PlanJson.read(written)).isEqualTo(plan);
  }

  @Test
  void theNewFieldsRoundTrip() {
    ZonePlan base = PlanJson.read(Fixtures.MINIMAL);
    ZonePlan plan = ZonePlan.builder().from(base)
        .district(ImmutableDistrict.copyOf(base.district()).withOfficialCode("Ambito n. 5"))
        .addApprovals(Approval.builder().bodyId("coordinamento").actKind(ApprovalActKind.DELIBERATION)
            .actNumber("n. 3").date(PartialDate.parse("2022-11")).outcome(ApprovalOutcome.APPROVED).build())
        .addApprovals(Approval.builder().statedAs("conferenza di servizi").actKind(
            ApprovalActKind.CONFERENZA_DI_SERVIZI).outcome(ApprovalOutcome.ADOPTED).build())
        .budget(ImmutableBudget.copyOf(base.budget()).withPeriodTotals(PeriodAmount.builder().period(PlanPeriod.ofYears(2022, 2024))
            .amount(Money.of(new BigDecimal("18456474.21"))).statedAs("18.456.474,21 euro").build()))
        .sourceKind(SourceKind.PRESS)
        .build();
    String written = PlanJson.write(plan);
    assertThat(written).contains("\"approvals\"", "\"periodTotals\"", "\"officialCode\": \"Ambito n. 5\"",
        "\"sourceKind\": \"press\"", "\"actKind\": \"conferenza_di_servizi\"");
    assertThat(PlanJson.read(written)).isEqualTo(plan);
    assertThat(PlanJson.write(PlanJson.read(written))).isEqualTo(written);
  }
}
