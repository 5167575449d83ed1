package it.pianodizona.testkit.mutators;

import com.google.common.collect.ImmutableMap;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.spi.Pointer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Luoghi di un difetto: the places a mutator can put its defect into one plan, grouped by kind
 * (each field or list its rule checks). {@code pick} chooses a kind first and then a place of that
 * kind, so that a kind with many places (the members of every body) does not crowd out a kind with
 * one (the lead municipality): picks 0 to the number of kinds less one reach every kind.
 */
final class Places {

  /**
   * One place: where the finding must be reported, the plan with the defect put there and the
   * values the finding must carry (empty where the mutator states none).
   */
  record Place(Pointer path, Supplier<ZonePlan> plan, ImmutableMap<String, Object> values) {}

  private final Map<String, List<Place>> byKind = new LinkedHashMap<>();

  /** Adds a place of this kind. */
  Places add(String kind, Pointer path, Supplier<ZonePlan> plan) {
    return add(kind, path, plan, ImmutableMap.of());
  }

  /** Adds a place of this kind whose finding must carry these values. */
  Places add(String kind, Pointer path, Supplier<ZonePlan> plan, ImmutableMap<String, Object> values) {
    byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Place(path, plan, values));
    return this;
  }

  /** The mutation of this rule at the place {@code pick} chooses, with the place's values. */
  Optional<Mutation> mutation(String ruleId, int pick) {
    return choose(pick).flatMap(place -> Mutation.of(place.plan().get(), ruleId, place.path().toString())
        .map(m -> m.withValues(place.values())));
  }

  /** The place {@code pick} chooses (any int), or empty if the plan has none. */
  Optional<Place> choose(int pick) {
    if (byKind.isEmpty()) {
      return Optional.empty();
    }
    List<List<Place>> kinds = new ArrayList<>(byKind.values());
    List<Place> kind = kinds.get(Math.floorMod(pick, kinds.size()));
    return Optional.of(kind.get(Math.floorMod(Math.floorDiv(pick, kinds.size()), kind.size())));
  }
}
