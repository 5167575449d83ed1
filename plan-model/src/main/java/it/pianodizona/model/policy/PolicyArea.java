package it.pianodizona.model.policy;

import java.util.Optional;
import org.immutables.value.Value;

/** Area di policy / area trasversale: a theme that cuts across target groups, e.g. "Digitalizzazione dei servizi". */
@Value.Immutable
public interface PolicyArea {

  String id();

  String name();

  Optional<String> description();

  static ImmutablePolicyArea.Builder builder() {
    return ImmutablePolicyArea.builder();
  }

  static PolicyArea of(String id, String name) {
    return builder().id(id).name(name).build();
  }
}
