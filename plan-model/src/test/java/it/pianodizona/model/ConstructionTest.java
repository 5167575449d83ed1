package it.pianodizona.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.pianodizona.model.budget.DeclaredShare;
import it.pianodizona.model.budget.ShareKind;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.common.Percentage;
import it.pianodizona.model.governance.Cadence;
import it.pianodizona.model.governance.CadenceUnit;
import it.pianodizona.model.governance.SeatBasis;
import it.pianodizona.model.governance.SeatRule;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.model.objective.TargetKind;
import it.pianodizona.model.objective.TargetRange;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.participation.Meeting;
import it.pianodizona.model.territory.Municipality;
import it.pianodizona.model.territory.Organisation;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.model.territory.RuntsSection;
import it.pianodizona.model.territory.ThirdSectorKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/**
 * Construction rejects the impossible with a clear message and accepts the merely implausible,
 * which the rules report (see {@code ImplausiblePlansTest} in plan-tests, which needs the
 * testing kit's Crema skeleton).
 */
class ConstructionTest {

  @Test
  void anOrganisationThatIsNotThirdSectorHasNoRuntsSection() {
    assertThatThrownBy(() -> Organisation.builder().id("cgil").name("CGIL")
            .kind(OrganisationKind.TRADE_UNION).runtsSection(RuntsSection.OTHER_ENTITIES).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cgil").hasMessageContaining("RUNTS");
    assertThatThrownBy(() -> Organisation.builder().id("asl").name("ASL")
            .kind(OrganisationKind.HEALTH_AUTHORITY).thirdSectorKind(ThirdSectorKind.OTHER_ENTITY).build())
        .hasMessageContaining("third-sector kind");
  }

  @Test
  void aThirdSectorEntityCarriesItsKindAndSection() {
    Organisation odv = Organisation.builder().id("odv").name("Associazione di volontariato")
        .kind(OrganisationKind.THIRD_SECTOR).thirdSectorKind(ThirdSectorKind.VOLUNTARY_ORGANISATION)
        .runtsSection(RuntsSection.VOLUNTARY_ORGANISATIONS).build();
    assertThat(odv.isThirdSectorEntity()).isTrue();
    assertThat(odv.thirdSectorKind().orElseThrow().expectedSection()).isEqualTo(odv.runtsSection().orElseThrow());
    assertThat(RuntsSection.SOCIAL_ENTERPRISES.letter()).isEqualTo('d');
  }

  @Test
  void kindsExcludedFromTheThirdSectorFollowCtsArticle4() {
    assertThat(OrganisationKind.TRADE_UNION.isExcludedFromThirdSector()).isTrue();
    assertThat(OrganisationKind.POLITICAL_PARTY.isExcludedFromThirdSector()).isTrue();
    assertThat(OrganisationKind.PROFESSIONAL_ASSOCIATION.isExcludedFromThirdSector()).isTrue();
    assertThat(OrganisationKind.EMPLOYER_ASSOCIATION.isExcludedFromThirdSector()).isTrue();
    assertThat(OrganisationKind.MUNICIPALITY.isExcludedFromThirdSector()).isTrue();
    assertThat(OrganisationKind.THIRD_SECTOR.isExcludedFromThirdSector()).isFalse();
    assertThat(OrganisationKind.MUNICIPALITY.isPublicBody()).isTrue();
    assertThat(OrganisationKind.PARISH.isPublicBody()).isFalse();
  }

  @Test
  void anIstatCodeHasSixDigits() {
    assertThat(Municipality.builder().id("crema").name("Crema").istatCode("019035").build().kind())
        .isEqualTo(OrganisationKind.MUNICIPALITY);
    assertThatThrownBy(() -> Municipality.builder().id("x").name("X").istatCode("19035").build())
        .hasMessageContaining("six digits");
  }

  @Test
  void aTargetNeedsTheBoundsItsShapeNames() {
    assertThatThrownBy(() -> TargetRange.builder().kind(TargetKind.BETWEEN).min(BigDecimal.ONE).build())
        .hasMessageContaining("BETWEEN");
    assertThatThrownBy(() -> TargetRange.builder().kind(TargetKind.K_OF_N).min(BigDecimal.ONE).build())
        .hasMessageContaining("outOf");
    assertThatThrownBy(() -> TargetRange.builder().kind(TargetKind.AT_LEAST).min(BigDecimal.ONE)
            .outOf(BigDecimal.TEN).build())
        .hasMessageContaining("K_OF_N");
  }

  @Test
  void aReversedRangeLoadsBecauseRulesReportIt() {
    TargetRange reversed = TargetRange.between(new BigDecimal("75"), new BigDecimal("50"));
    assertThat(reversed.min()).contains(new BigDecimal("75"));
    assertThat(TargetRange.kOfN(new BigDecimal("9"), new BigDecimal("8")).outOf()).isPresent();
  }

  @Test
  void aMeetingCannotEndBeforeItStarts() {
    assertThatThrownBy(() -> Meeting.builder().id("m").date(PartialDate.parse("2015-04-23"))
            .endDate(LocalDate.of(2015, 4, 22)).build())
        .hasMessageContaining("cannot end");
    assertThat(Meeting.builder().id("m").date(PartialDate.parse("2015-04-23"))
        .endDate(LocalDate.of(2015, 4, 28)).statedAs("dal 23 al 28 aprile").build().endDate()).isPresent();
  }

  @Test
  void countsAndSeatsCannotBeNegative() {
    assertThatThrownBy(() -> DeclaredCount.builder().subject(CountedSubject.MUNICIPALITIES).value(-1)
        .statedAs("-1 comuni").build()).hasMessageContaining("negative");
    assertThatThrownBy(() -> SeatRule.builder().id("s").basis(SeatBasis.PER_SUB_DISTRICT).seats(-2)
        .statedAs("x").build()).hasMessageContaining("-2");
    assertThatThrownBy(() -> Cadence.builder().meetings(0).per(CadenceUnit.MONTH).build())
        .hasMessageContaining("at least one");
  }

  @Test
  void aDeclaredShareKeepsItsPrintedPrecision() {
    DeclaredShare share = DeclaredShare.builder().year(Year.of(2015)).kind(ShareKind.JOINTLY_MANAGED)
        .value(Percentage.of("29")).build();
    assertThat(share.decimals()).isZero();
    assertThatThrownBy(() -> DeclaredShare.builder().from(share).decimals(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void requiredAttributesAreNamedWhenMissing() {
    assertThatThrownBy(() -> Objective.builder().id("obj-1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("code").hasMessageContaining("title");
  }

  @Test
  void aBlankBudgetCellIsNotAZero() {
    BudgetLine blank = BudgetLine.builder().year(Year.of(2014)).label("Gruppi AMA").build();
    assertThat(blank.amount()).isEmpty();
    BudgetLine dash = BudgetLine.builder().from(blank).statedAs("€ -").build();
    assertThat(dash.amount()).isEmpty();
    assertThat(dash).isNotEqualTo(blank);
    assertThat(BudgetLine.builder().from(blank).amount(Money.ZERO).build()).isNotEqualTo(blank);
  }
}
