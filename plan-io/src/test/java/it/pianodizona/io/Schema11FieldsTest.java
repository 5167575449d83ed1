package it.pianodizona.io;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.model.CountedSubject;
import it.pianodizona.model.DeclaredCount;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.AgreementInstrument;
import it.pianodizona.model.agreement.ProgrammeAgreement;
import it.pianodizona.model.budget.FundingSource;
import it.pianodizona.model.budget.FundingSourceKind;
import it.pianodizona.model.budget.ImmutableBudget;
import it.pianodizona.model.budget.PeriodAmount;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.common.PlanPeriod;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.governance.GovernanceBodyKind;
import it.pianodizona.model.participation.ImmutableParticipation;
import it.pianodizona.model.participation.Meeting;
import it.pianodizona.model.participation.WorkTableKind;
import it.pianodizona.model.territory.Official;
import it.pianodizona.model.territory.OfficialRole;
import it.pianodizona.model.territory.OrganisationKind;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * Formato 1.1, the fields of issue 17 item 1: meeting end time and participants, counts of one
 * kind (participation figures among them), the agreement's instrument and unstated signatories,
 * reward funds with their criterion, officials and contacts, the party a body or table belongs
 * to. The words are those quoted in issue 17 ("249 partecipanti, 36 enti del terzo settore, 27
 * ore", "6 tavoli tematici") and in the Oglio Po press release (seed 001: Valeria Patelli, the
 * planning office's telephone); the times and the reward criterion are illustrative.
 */
class Schema11FieldsTest {

  @Test
  void aVersionOneZeroDocumentHasNoneOfTheNewFields() {
    ZonePlan plan = PlanJson.read(Fixtures.MINIMAL);
    assertThat(plan.officials()).isEmpty();
    assertThat(plan.agreement()).isEmpty();
    assertThat(plan.declaredCounts()).allSatisfy(c -> {
      assertThat(c.workTableKind()).isEmpty();
      assertThat(c.participantKind()).isEmpty();
    });
  }

  @Test
  void theIssueSeventeenFieldsRoundTrip() {
    ZonePlan base = PlanJson.read(Fixtures.MINIMAL);
    ZonePlan plan = ZonePlan.builder().from(base)
        .participation(ImmutableParticipation.copyOf(base.participation())
            .withMeetings(Meeting.builder().id("plenaria").date(PartialDate.of(LocalDate.of(2022, 9, 29)))
                .startTime(LocalTime.of(16, 30)).endTime(LocalTime.of(18, 30))    // illustrative
                .addParticipantIds("comune-a", "ets-1").build()))
        .addDeclaredCounts(count(CountedSubject.PARTICIPANTS, 249, "249 partecipanti").build())
        .addDeclaredCounts(count(CountedSubject.ORGANISATIONS, 36, "36 enti del terzo settore")
            .participantKind(OrganisationKind.THIRD_SECTOR).build())
        .addDeclaredCounts(count(CountedSubject.HOURS, 27, "27 ore").build())
        .addDeclaredCounts(count(CountedSubject.WORK_TABLES, 6, "6 tavoli tematici")
            .workTableKind(WorkTableKind.THEMATIC).build())
        .addDeclaredCounts(count(CountedSubject.PARTICIPANTS, 1, "cittadini singoli")
            .participantKind(OrganisationKind.CITIZEN).scopeId("plenaria").build())
        .agreement(ProgrammeAgreement.builder().id("adp").adoptsPlanId(base.id())
            .instrument(AgreementInstrument.CONFERENZA_DI_SERVIZI).signatoriesNotStated(true).build())
        .budget(ImmutableBudget.copyOf(base.budget()).withPeriodLines(PeriodAmount.builder()
            .period(PlanPeriod.ofYears(2022, 2024)).label("premialità")
            .fundingSource(FundingSource.builder().kind(FundingSourceKind.REWARD_FUNDING)
                .criterion("co-programmazione con il Terzo Settore").build())     // illustrative
            .build()))
        .addGovernanceBodies(GovernanceBody.builder().id("consiglio-a").kind(GovernanceBodyKind.TOWN_COUNCIL)
            .name("Consiglio comunale").ownerPartyId("comune-a").build())
        .addOfficials(Official.builder().name("Valeria Patelli").role(OfficialRole.MAYOR)
            .roleStatedAs("sindaco del comune di Calvatone").partyId("calvatone").build())
        .addOfficials(Official.builder().role(OfficialRole.CONTACT).roleStatedAs("ufficio di piano")
            .contact("tel. 037520322 mail: ufficiodipiano@concass.it").callId("avviso").build())
        .build();
    String written = PlanJson.write(plan);
    assertThat(written).contains("\"endTime\": \"18:30\"", "\"participantIds\"", "\"participantKind\": \"third_sector\"",
        "\"workTableKind\": \"thematic\"", "\"instrument\": \"conferenza_di_servizi\"", "\"signatoriesNotStated\": true",
        "\"kind\": \"reward_funding\"", "\"criterion\"", "\"ownerPartyId\": \"comune-a\"", "\"kind\": \"town_council\"",
        "\"officials\"", "\"role\": \"contact\"", "\"participantKind\": \"citizen\"");
    assertThat(PlanJson.read(written)).isEqualTo(plan);
    assertThat(PlanJson.write(PlanJson.read(written))).isEqualTo(written);
  }

  @Test
  void signatoriesNotStatedIsWrittenOnlyWhenTrue() {
    ZonePlan base = PlanJson.read(Fixtures.MINIMAL);
    ZonePlan plan = ZonePlan.builder().from(base)
        .agreement(ProgrammeAgreement.builder().id("adp").adoptsPlanId(base.id()).build()).build();
    assertThat(PlanJson.write(plan)).doesNotContain("signatoriesNotStated");
  }

  private static it.pianodizona.model.ImmutableDeclaredCount.Builder count(CountedSubject subject, int value,
      String statedAs) {
    return DeclaredCount.builder().subject(subject).value(value).statedAs(statedAs);
  }
}
