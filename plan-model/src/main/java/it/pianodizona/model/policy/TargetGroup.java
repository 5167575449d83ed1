package it.pianodizona.model.policy;

import java.util.Optional;
import org.immutables.value.Value;

/** Area target / area di utenza: a population the plan addresses, e.g. "Anziani, persone disabili e non autosufficienti". */
@Value.Immutable
public interface TargetGroup {

  String id();

  String name();

  Optional<String> description();

  static ImmutableTargetGroup.Builder builder() {
    return ImmutableTargetGroup.builder();
  }

  static TargetGroup of(String id, String name) {
    return builder().id(id).name(name).build();
  }
}
