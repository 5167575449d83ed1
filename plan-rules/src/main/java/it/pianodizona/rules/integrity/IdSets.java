package it.pianodizona.rules.integrity;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.policy.PolicyFramework;
import it.pianodizona.rules.spi.PlanFact;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Insiemi di identificativi: the ids of each list that other items refer to, computed once per
 * validation and shared by the rule that checks the references into that list and by
 * {@link DuplicateId}, which needs no hashing of its own where a set is as large as its list (no
 * id repeats). Built with loops into presized sets because they run on every freshly read plan.
 */
final class IdSets {

  static final PlanFact<Set<String>> PHASES =
      PlanFact.of("phase ids", plan -> ids(plan.participation().phases(), p -> p.id()));
  static final PlanFact<Set<String>> CALLS =
      PlanFact.of("call ids", plan -> ids(plan.participation().calls(), c -> c.id()));
  static final PlanFact<Set<String>> SUB_DISTRICTS =
      PlanFact.of("sub-district ids", plan -> ids(plan.district().subDistricts(), s -> s.id()));
  static final PlanFact<Set<String>> TARGET_GROUPS =
      PlanFact.of("target group ids", plan -> ids(plan.policyFramework().targetGroups(), t -> t.id()));
  static final PlanFact<Set<String>> POLICY_AREAS =
      PlanFact.of("policy area ids", plan -> ids(plan.policyFramework().policyAreas(), a -> a.id()));
  static final PlanFact<Set<String>> STRATEGIC_AREAS =
      PlanFact.of("strategic area ids", plan -> ids(plan.policyFramework().strategicAreas(), a -> a.id()));
  static final PlanFact<Set<String>> MATRIX_ROWS =
      PlanFact.of("priority matrix row ids", plan -> axis(plan, true));
  static final PlanFact<Set<String>> MATRIX_COLUMNS =
      PlanFact.of("priority matrix column ids", plan -> axis(plan, false));

  private IdSets() {}

  /** The distinct ids of {@code items}, unmodifiable. */
  static <T> Set<String> ids(List<T> items, Function<T, String> id) {
    if (items.isEmpty()) {
      return Set.of();
    }
    Set<String> ids = new HashSet<>(items.size() * 4 / 3 + 1);
    for (int i = 0; i < items.size(); i++) {
      ids.add(id.apply(items.get(i)));
    }
    return Collections.unmodifiableSet(ids);
  }

  private static Set<String> axis(ZonePlan plan, boolean rows) {
    PolicyFramework framework = plan.policyFramework();
    if (framework.priorityMatrix().isEmpty()) {
      return Set.of();
    }
    return rows
        ? ids(framework.priorityMatrix().get().rows(), r -> r.id())
        : ids(framework.priorityMatrix().get().columns(), c -> c.id());
  }
}
