package it.pianodizona.model.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationKindTest {

  @Test
  void aHealthcareTrustIsAPublicAdministration() {
    assertThat(OrganisationKind.HEALTHCARE_TRUST.isA(OrganisationKind.PUBLIC_ADMINISTRATION)).isTrue();
    assertThat(OrganisationKind.HEALTHCARE_TRUST.isAnyOf(List.of(OrganisationKind.PUBLIC_ADMINISTRATION,
        OrganisationKind.THIRD_SECTOR))).isTrue();
  }

  @Test
  void everyPublicBodyIsAPublicAdministrationAndNoOtherKindIs() {
    for (OrganisationKind kind : OrganisationKind.values()) {
      assertThat(kind.isA(OrganisationKind.PUBLIC_ADMINISTRATION)).as("%s", kind).isEqualTo(kind.isPublicBody());
    }
  }

  @Test
  void aPublicAdministrationIsNotEverySpecificPublicKind() {
    assertThat(OrganisationKind.PUBLIC_ADMINISTRATION.isA(OrganisationKind.HEALTHCARE_TRUST)).isFalse();
    assertThat(OrganisationKind.MUNICIPALITY.isA(OrganisationKind.HEALTHCARE_TRUST)).isFalse();
  }

  @Test
  void aThirdSectorEntityIsNotAPublicAdministration() {
    assertThat(OrganisationKind.THIRD_SECTOR.isA(OrganisationKind.PUBLIC_ADMINISTRATION)).isFalse();
  }
}
