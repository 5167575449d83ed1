package it.pianodizona.model.leps;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Dotazione del servizio sociale: staff of one profession and contract kind in the district's
 * social service on a given day, in full-time equivalents (e.g. 7.5 social workers, permanent,
 * at 31/12/2024).
 */
@Value.Immutable
public interface StaffPosition {

  Profession profession();

  /** Unità equivalenti a tempo pieno (FTE): never negative. */
  BigDecimal fullTimeEquivalents();

  ContractKind contractKind();

  /** The day the figure refers to. */
  LocalDate asOf();

  Optional<String> notes();

  static ImmutableStaffPosition.Builder builder() {
    return ImmutableStaffPosition.builder();
  }

  @Value.Check
  default void check() {
    checkArgument(fullTimeEquivalents().signum() >= 0, "full-time equivalents cannot be negative");
  }
}
