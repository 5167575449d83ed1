package it.pianodizona.rules.profile;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import it.pianodizona.model.common.PlanPeriod;
import it.pianodizona.model.governance.GovernanceBodyKind;
import it.pianodizona.model.territory.Region;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Profilo regionale: the regional law a plan answers to, as named parameters that rules read
 * instead of constants: planning cycles and their deadlines, who must sign, whether adherents
 * must have taken part in drawing up the plan, which bodies may decide, and the citations.
 *
 * <p>The standard profiles are in {@link RegionalProfiles}; change any parameter with
 * {@code RegionalProfile.builder().from(profile)} or {@link #withCycle(PlanningCycle)} and pass
 * the result in the {@link it.pianodizona.rules.ValidationOptions}.
 */
@Value.Immutable
public abstract class RegionalProfile {

  /** A short stable id: {@code national}, {@code lombardia}, {@code puglia}, {@code emilia-romagna}. */
  public abstract String id();

  public abstract String name();

  /** The region the profile is for; absent for the national profile. */
  public abstract Optional<Region> region();

  /** The regional (or national) law on district plans, e.g. "l.r. Lombardia 3/2008 art. 18". */
  public abstract String legalBasis();

  /** The region's planning cycles; empty where the profile fixes none. */
  public abstract ImmutableList<PlanningCycle> cycles();

  /**
   * Piano regionale vigente: the region's current social plan as the profile resource names it
   * (e.g. Puglia's V Piano regionale delle politiche sociali), with its act; absent where unknown.
   */
  public abstract Optional<String> regionalPlan();

  /** The citation for the plan's period and cycle. */
  public abstract String cycleReference();

  /** Whether third-sector adherents must have taken part in drawing up the plan. */
  @Value.Default
  public boolean adherentsMustHaveParticipated() {
    return true;
  }

  /** The citation for who may adhere to the agreement. */
  public abstract String adherenceReference();

  /** Whether every member municipality signs the agreement. */
  @Value.Default
  public boolean allMunicipalitiesSign() {
    return true;
  }

  /** Whether the health authority (ATS, ASL, AUSL) signs the agreement. */
  @Value.Default
  public boolean healthAuthoritySigns() {
    return true;
  }

  /** The citation for who signs the agreement. */
  public abstract String signatureReference();

  /** The kinds of body that may be the plan's decision body. */
  public abstract ImmutableSet<GovernanceBodyKind> decisionBodyKinds();

  /** The citation for the decision body. */
  public abstract String decisionBodyReference();

  /**
   * The day the national third-sector register (RUNTS) began to operate: adherents to an
   * agreement signed from then on are expected to state their RUNTS section.
   */
  public abstract LocalDate runtsOperationalFrom();

  public static ImmutableRegionalProfile.Builder builder() {
    return ImmutableRegionalProfile.builder();
  }

  /** The cycle whose first year is the year the plan starts, if the profile has one. */
  public Optional<PlanningCycle> cycleFor(PlanPeriod period) {
    int first = period.start().getYear();
    return cycles().stream().filter(c -> c.firstYear().getValue() == first).findFirst();
  }

  /**
   * Whether any year of the period falls in a cycle the profile knows: a period that does not
   * is in a cycle the profile does not know yet ("ciclo non noto al profilo"), not off-cycle.
   */
  public boolean knowsPeriod(PlanPeriod period) {
    return cycles().stream().anyMatch(c -> c.overlaps(period));
  }

  /** This profile with {@code cycle} in place of the cycle starting the same year, or added. */
  public RegionalProfile withCycle(PlanningCycle cycle) {
    ImmutableList.Builder<PlanningCycle> cycles = ImmutableList.builder();
    boolean replaced = false;
    for (PlanningCycle existing : cycles()) {
      if (existing.firstYear().equals(cycle.firstYear())) {
        cycles.add(cycle);
        replaced = true;
      } else {
        cycles.add(existing);
      }
    }
    if (!replaced) {
      cycles.add(cycle);
    }
    return builder().from(this).cycles(cycles.build()).build();
  }

  @Value.Check
  protected void check() {
    checkArgument(!decisionBodyKinds().isEmpty(), "profile %s names no decision body kind", id());
    long distinctStarts = cycles().stream().map(PlanningCycle::firstYear).distinct().count();
    checkArgument(distinctStarts == cycles().size(), "profile %s has two cycles starting the same year", id());
  }
}
