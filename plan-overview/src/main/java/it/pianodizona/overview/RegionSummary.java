package it.pianodizona.overview;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.Severity;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Sintesi regionale (o nazionale): the aggregates of a set of rows. Statistics are over the
 * plans whose figure is known, and say how many those are.
 */
@Value.Immutable
public interface RegionSummary {

  /** The region; absent for the national summary (and for rows whose region is unknown). */
  Optional<Region> region();

  /** Files, readable or not. */
  int files();

  /** Files that gave a plan. */
  int plans();

  /** Municipalities listed, summed over the plans. */
  int municipalitiesListed();

  Stat population();

  Stat budgetPerYear();

  Stat budgetPerInhabitant();

  Stat objectives();

  Stat indicators();

  /** Findings per severity, summed; every severity is a key. */
  ImmutableMap<Severity, Integer> findingsBySeverity();

  @Value.NaturalOrder
  ImmutableSortedMap<String, Integer> findingsByRule();

  /** Plans per agreement state; every state is a key. */
  ImmutableMap<AgreementState, Integer> agreements();

  /** For each policy area named by some plan's framework: how many plans name it. */
  @Value.NaturalOrder
  ImmutableSortedMap<String, Integer> policyAreasNamed();

  /**
   * For each policy area with objectives in some plan: how many plans have an objective in it.
   * An area in {@link #policyAreasNamed()} but not here is one nobody covers.
   */
  @Value.NaturalOrder
  ImmutableSortedMap<String, Integer> policyAreaCoverage();

  static ImmutableRegionSummary.Builder builder() {
    return ImmutableRegionSummary.builder();
  }
}
