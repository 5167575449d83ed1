package it.pianodizona.model.policy;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Matrice delle priorità: the grid that places objectives by the district's priority areas
 * (rows) and the regional lines of work (columns), as in the Crema 2015-2017 plan.
 */
@Value.Immutable
public interface PriorityMatrix {

  Optional<String> title();

  /** Aree di priorità, e.g. "Presa in carico integrata". */
  ImmutableList<MatrixAxisItem> rows();

  /** Linee regionali, e.g. "Ricomposizione della conoscenza". */
  ImmutableList<MatrixAxisItem> columns();

  static ImmutablePriorityMatrix.Builder builder() {
    return ImmutablePriorityMatrix.builder();
  }
}
