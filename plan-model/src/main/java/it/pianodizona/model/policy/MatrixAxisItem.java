package it.pianodizona.model.policy;

import org.immutables.value.Value;

/**
 * Voce della matrice: a row or column heading of the priority matrix, e.g. the priority area
 * "Presa in carico integrata" or the regional line "Ricomposizione dei servizi".
 */
@Value.Immutable
public interface MatrixAxisItem {

  String id();

  String name();

  static ImmutableMatrixAxisItem.Builder builder() {
    return ImmutableMatrixAxisItem.builder();
  }

  static MatrixAxisItem of(String id, String name) {
    return builder().id(id).name(name).build();
  }
}
