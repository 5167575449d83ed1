package it.pianodizona.model.budget;

import java.util.Optional;
import org.immutables.value.Value;

/** Fonte di finanziamento: a fund kind and, where useful, the name the document uses. */
@Value.Immutable
public interface FundingSource {

  FundingSourceKind kind();

  /** E.g. "F.S.R.", "Fondo di solidarietà tra comuni". */
  Optional<String> label();

  static FundingSource of(FundingSourceKind kind) {
    return ImmutableFundingSource.builder().kind(kind).build();
  }

  static ImmutableFundingSource.Builder builder() {
    return ImmutableFundingSource.builder();
  }
}
