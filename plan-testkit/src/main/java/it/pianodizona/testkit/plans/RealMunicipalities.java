package it.pianodizona.testkit.plans;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.territory.Region;
import it.pianodizona.registry.Municipality;
import it.pianodizona.registry.MunicipalityNames;
import it.pianodizona.registry.MunicipalityRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Comuni reali: the members of a generated district, real municipalities of its region from
 * ISTAT's list, so that generated plans pass the territory rules as real plans must.
 */
final class RealMunicipalities {

  private RealMunicipalities() {}

  /**
   * {@code count} distinct municipalities of the region, none sharing a name in normal form with
   * another, the same for the same seed. Their own random stream, so that picking them leaves
   * every other generated value as it was.
   */
  static ImmutableList<Municipality> pick(Region region, int count, long seed) {
    List<Municipality> all = MunicipalityRegistry.italy().inRegion(region);
    SplittableRandom random = new SplittableRandom(seed ^ 0x15_7A7L);
    int[] order = new int[all.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    ImmutableList.Builder<Municipality> picked = ImmutableList.builderWithExpectedSize(count);
    Set<String> names = new HashSet<>();
    // A partial Fisher-Yates shuffle: each step draws one of the municipalities not drawn yet.
    for (int i = 0; i < order.length && names.size() < count; i++) {
      int j = i + random.nextInt(order.length - i);
      int chosen = order[j];
      order[j] = order[i];
      order[i] = chosen;
      Municipality m = all.get(chosen);
      if (names.add(MunicipalityNames.normalise(m.name()))) {
        picked.add(m);
      }
    }
    ImmutableList<Municipality> result = picked.build();
    if (result.size() < count) {
      throw new IllegalArgumentException(region + " has fewer than " + count + " municipalities of distinct names");
    }
    return result;
  }
}
