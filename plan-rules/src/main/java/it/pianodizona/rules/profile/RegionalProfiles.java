package it.pianodizona.rules.profile;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.governance.GovernanceBodyKind;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.spi.Citations;
import java.time.LocalDate;
import java.time.Month;

/**
 * Profili regionali standard: the national profile (L. 328/2000, CTS) and the profiles of
 * Lombardia, Puglia and Emilia-Romagna, with the parameters the project's domain notes give.
 * Their planning cycles (guidelines, signature deadlines, extensions, each with its citation and
 * the values still to verify) are data: {@code it/pianodizona/rules/profile/<id>.properties}.
 *
 * <p>Values the notes mark as to be verified are parameters like any other; their Javadoc says
 * "verify". Replace them with {@code RegionalProfile.builder().from(profile)} and
 * {@link RegionalProfile#withCycle(PlanningCycle)}.
 */
public final class RegionalProfiles {

  /**
   * The day the RUNTS began to operate (23 November 2021; verify against the directorial decree
   * that started it).
   */
  public static final LocalDate RUNTS_OPERATIONAL_FROM = LocalDate.of(2021, Month.NOVEMBER, 23);

  private static final RegionalProfile NATIONAL = RegionalProfile.builder()
      .id("national")
      .name("Nazionale (L. 328/2000, D.Lgs. 117/2017)")
      .legalBasis(Citations.L328_ART19)
      .addAllCycles(ProfileResources.cycles("national"))
      .cycleReference(Citations.L328_ART19_C1)
      .adherenceReference(Citations.L328_ART19_C3)
      .signatureReference(Citations.L328_ART19_C1 + "-2")
      // The decision body is the associated municipalities' body, whatever a region calls it.
      .addDecisionBodyKinds(GovernanceBodyKind.MAYORS_ASSEMBLY, GovernanceBodyKind.OTHER)
      .decisionBodyReference(Citations.L328_ART19_C1)
      .runtsOperationalFrom(RUNTS_OPERATIONAL_FROM)
      .build();

  private static final RegionalProfile LOMBARDIA = RegionalProfile.builder()
      .id("lombardia")
      .name("Lombardia (l.r. 3/2008)")
      .region(Region.LOMBARDIA)
      .legalBasis(Citations.LOMBARDIA_LR3_2008_ART18)
      // Cycles, guidelines and deadlines with their citations: profile/lombardia.properties.
      .addAllCycles(ProfileResources.cycles("lombardia"))
      .regionalPlan(ProfileResources.regionalPlan("lombardia"))
      .cycleReference(Citations.LOMBARDIA_LR3_2008_ART18_C5)
      .adherenceReference(Citations.LOMBARDIA_LR3_2008_ART18_C7)
      .signatureReference(Citations.LOMBARDIA_LR3_2008_ART18_C7)
      .addDecisionBodyKinds(GovernanceBodyKind.MAYORS_ASSEMBLY)
      .decisionBodyReference(Citations.LOMBARDIA_LR3_2008_ART18)
      .runtsOperationalFrom(RUNTS_OPERATIONAL_FROM)
      .build();

  private static final RegionalProfile PUGLIA = RegionalProfile.builder()
      .id("puglia")
      .name("Puglia (L.R. 19/2006)")
      .region(Region.PUGLIA)
      .legalBasis(Citations.PUGLIA_LR19_2006)
      // Cycles, guidelines and strategic areas with their citations: profile/puglia.properties.
      .addAllCycles(ProfileResources.cycles("puglia"))
      .regionalPlan(ProfileResources.regionalPlan("puglia"))
      .cycleReference(Citations.PUGLIA_V_PIANO)
      .adherenceReference(Citations.L328_ART19_C3)
      .signatureReference(Citations.L328_ART19_C1 + "-2")
      // The Coordinamento Istituzionale of the ambito is a body of kind OTHER.
      .addDecisionBodyKinds(GovernanceBodyKind.MAYORS_ASSEMBLY, GovernanceBodyKind.OTHER)
      .decisionBodyReference(Citations.PUGLIA_LR19_2006)
      .runtsOperationalFrom(RUNTS_OPERATIONAL_FROM)
      .build();

  private static final RegionalProfile EMILIA_ROMAGNA = RegionalProfile.builder()
      .id("emilia-romagna")
      .name("Emilia-Romagna (L.R. 2/2003)")
      .region(Region.EMILIA_ROMAGNA)
      .legalBasis(Citations.EMILIA_ROMAGNA_LR2_2003)
      // The district cycles follow the Piano sociale e sanitario regionale: none is fixed until
      // the years are verified (profile/emilia-romagna.properties); add them with withCycle.
      .addAllCycles(ProfileResources.cycles("emilia-romagna"))
      .regionalPlan(ProfileResources.regionalPlan("emilia-romagna"))
      .cycleReference(Citations.EMILIA_ROMAGNA_LR2_2003)
      .adherenceReference(Citations.L328_ART19_C3)
      .signatureReference(Citations.L328_ART19_C1 + "-2")
      .addDecisionBodyKinds(GovernanceBodyKind.MAYORS_ASSEMBLY, GovernanceBodyKind.OTHER)
      .decisionBodyReference(Citations.EMILIA_ROMAGNA_LR2_2003)
      .runtsOperationalFrom(RUNTS_OPERATIONAL_FROM)
      .build();

  private RegionalProfiles() {}

  /** L. 328/2000 and the CTS only: the profile of a region without one of its own. */
  public static RegionalProfile national() {
    return NATIONAL;
  }

  /** Lombardia: l.r. 3/2008 art. 18, cycles 2012-14, 2015-17, 2018-20, 2021-23 (into 2024), 2025-27. */
  public static RegionalProfile lombardia() {
    return LOMBARDIA;
  }

  /** Puglia: L.R. 19/2006, V Piano regionale delle politiche sociali 2022-2024. */
  public static RegionalProfile puglia() {
    return PUGLIA;
  }

  /** Emilia-Romagna: L.R. 2/2003. */
  public static RegionalProfile emiliaRomagna() {
    return EMILIA_ROMAGNA;
  }

  /** The standard profile for a region: its own where it has one, else the national one. */
  public static RegionalProfile forRegion(Region region) {
    switch (region) {
      case LOMBARDIA:
        return LOMBARDIA;
      case PUGLIA:
        return PUGLIA;
      case EMILIA_ROMAGNA:
        return EMILIA_ROMAGNA;
      default:
        return NATIONAL;
    }
  }

  /** Every standard profile. */
  public static ImmutableList<RegionalProfile> all() {
    return ImmutableList.of(NATIONAL, LOMBARDIA, PUGLIA, EMILIA_ROMAGNA);
  }
}
