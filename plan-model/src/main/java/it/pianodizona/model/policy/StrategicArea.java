package it.pianodizona.model.policy;

import java.util.Optional;
import org.immutables.value.Value;

/** Area strategica: an area of the regional framework the plan follows, e.g. one of the seven areas of Puglia's V Piano regionale delle politiche sociali. */
@Value.Immutable
public interface StrategicArea {

  String id();

  String name();

  Optional<String> description();

  static ImmutableStrategicArea.Builder builder() {
    return ImmutableStrategicArea.builder();
  }

  static StrategicArea of(String id, String name) {
    return builder().id(id).name(name).build();
  }
}
