package it.pianodizona.model.budget;

import static com.google.common.base.Preconditions.checkArgument;

import it.pianodizona.model.common.Percentage;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Quota dichiarata: a share the document prints, e.g. "(%) gestione associativa 29%", with the
 * number of decimals it was printed with, so a rule can recompute it with the same rounding.
 */
@Value.Immutable
public interface DeclaredShare {

  Year year();

  ShareKind kind();

  Percentage value();

  /** Decimals shown in the document: 0 for "29%". */
  @Value.Default
  default int decimals() {
    return 0;
  }

  Optional<String> statedAs();

  static ImmutableDeclaredShare.Builder builder() {
    return ImmutableDeclaredShare.builder();
  }

  @Value.Check
  default void check() {
    checkArgument(decimals() >= 0 && decimals() <= 6, "decimals must be 0 to 6, got %s", decimals());
  }
}
