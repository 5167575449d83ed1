package it.pianodizona.model.policy;

import org.immutables.value.Value;

/** Cella della matrice delle priorità: where an objective sits, by row id and column id. */
@Value.Immutable(builder = false)
public interface MatrixCell {

  @Value.Parameter
  String rowId();

  @Value.Parameter
  String columnId();

  static MatrixCell of(String rowId, String columnId) {
    return ImmutableMatrixCell.of(rowId, columnId);
  }
}
