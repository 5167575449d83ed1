package it.pianodizona.rules;

import com.google.common.collect.ImmutableList;
import it.pianodizona.rules.spi.JsonPointers;
import java.util.Comparator;
import java.util.List;

/**
 * Ordine dei rilievi: the stable order of a report: by path in the order a reader meets the
 * plan's sections (the attribute order of {@code ZonePlan}), list items by index, then by rule
 * id and message.
 */
final class FindingOrder implements Comparator<Finding> {

  static final FindingOrder INSTANCE = new FindingOrder();

  /** The root attributes of a plan, in declaration order. */
  private static final ImmutableList<String> ROOT_ORDER = ImmutableList.of(
      "id", "title", "district", "period", "status", "predecessor", "frameworkReferences",
      "annualOperatingPlans", "organisations", "participation", "policyFramework",
      "declaredCounts", "objectives", "budget", "governanceBodies", "agreement",
      "previousPlanOutcomes", "notes", "sources");

  private FindingOrder() {}

  @Override
  public int compare(Finding a, Finding b) {
    int byPath = comparePaths(JsonPointers.segments(a.path()), JsonPointers.segments(b.path()));
    if (byPath != 0) {
      return byPath;
    }
    int byRule = a.ruleId().compareTo(b.ruleId());
    return byRule != 0 ? byRule : a.message().compareTo(b.message());
  }

  private static int comparePaths(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = compareSegments(a.get(i), b.get(i), i == 0);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static int compareSegments(String a, String b, boolean root) {
    boolean indexA = isIndex(a);
    boolean indexB = isIndex(b);
    if (indexA && indexB) {
      return Long.compare(Long.parseLong(a), Long.parseLong(b));
    }
    if (indexA != indexB) {
      return indexA ? -1 : 1;
    }
    if (root) {
      int c = Integer.compare(rank(a), rank(b));
      if (c != 0) {
        return c;
      }
    }
    return a.compareTo(b);
  }

  private static int rank(String field) {
    int rank = ROOT_ORDER.indexOf(field);
    return rank < 0 ? ROOT_ORDER.size() : rank;
  }

  private static boolean isIndex(String segment) {
    return !segment.isEmpty() && segment.length() < 10 && segment.chars().allMatch(Character::isDigit);
  }
}
