package it.pianodizona.model.policy;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Quadro delle politiche: the target groups, transversal policy areas, regional strategic areas
 * and priority matrix the plan is organised by.
 */
@Value.Immutable
public interface PolicyFramework {

  ImmutableList<TargetGroup> targetGroups();

  ImmutableList<PolicyArea> policyAreas();

  ImmutableList<StrategicArea> strategicAreas();

  Optional<PriorityMatrix> priorityMatrix();

  static ImmutablePolicyFramework.Builder builder() {
    return ImmutablePolicyFramework.builder();
  }

  static PolicyFramework empty() {
    return builder().build();
  }
}
