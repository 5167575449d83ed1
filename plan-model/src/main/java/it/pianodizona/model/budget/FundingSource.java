package it.pianodizona.model.budget;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Fonte di finanziamento: a fund kind and, where useful, the name the document uses; for reward
 * funds (premialità), the criterion that earned them.
 */
@Value.Immutable
public interface FundingSource {

  FundingSourceKind kind();

  /** E.g. "F.S.R.", "Fondo di solidarietà tra comuni". */
  Optional<String> label();

  /**
   * Criterio di premialità: what earned reward funds, e.g. "co-programmazione con il Terzo
   * Settore"; only for {@link FundingSourceKind#REWARD_FUNDING} (schema 1.1).
   */
  Optional<String> criterion();

  @Value.Check
  default void check() {
    checkArgument(criterion().isEmpty() || kind() == FundingSourceKind.REWARD_FUNDING,
        "only reward funds (premialità) have a criterion, not %s", kind());
  }

  static FundingSource of(FundingSourceKind kind) {
    return ImmutableFundingSource.builder().kind(kind).build();
  }

  static ImmutableFundingSource.Builder builder() {
    return ImmutableFundingSource.builder();
  }
}
