package it.pianodizona.model.objective;

import static com.google.common.base.Preconditions.checkArgument;

import it.pianodizona.model.common.PartialDate;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Range di valutazione: the target of an indicator: at least, at most, between, exactly,
 * "k of n" or achieved, with an optional deadline and start, and the original wording.
 *
 * <p>Only a shape that cannot be read is rejected (a range without its bounds). Whether the
 * bounds make sense (min above max, a percentage over 100) is for the rules to say.
 */
@Value.Immutable
public interface TargetRange {

  TargetKind kind();

  Optional<BigDecimal> min();

  Optional<BigDecimal> max();

  /** For {@link TargetKind#K_OF_N}: the n. */
  Optional<BigDecimal> outOf();

  Optional<TargetRecurrence> recurrence();

  /** "entro giugno 2015". */
  Optional<PartialDate> deadline();

  /** "da settembre 2015", "dal secondo anno". */
  Optional<PartialDate> startingFrom();

  /** The document's words. */
  Optional<String> statedAs();

  static ImmutableTargetRange.Builder builder() {
    return ImmutableTargetRange.builder();
  }

  static TargetRange between(BigDecimal min, BigDecimal max) {
    return builder().kind(TargetKind.BETWEEN).min(min).max(max).build();
  }

  static TargetRange atLeast(BigDecimal min) {
    return builder().kind(TargetKind.AT_LEAST).min(min).build();
  }

  static TargetRange exactly(BigDecimal value) {
    return builder().kind(TargetKind.EXACTLY).min(value).build();
  }

  static TargetRange kOfN(BigDecimal k, BigDecimal n) {
    return builder().kind(TargetKind.K_OF_N).min(k).outOf(n).build();
  }

  @Value.Check
  default void check() {
    switch (kind()) {
      case AT_LEAST:
      case EXACTLY:
        checkArgument(min().isPresent(), "a %s target needs min", kind());
        break;
      case AT_MOST:
        checkArgument(max().isPresent(), "an AT_MOST target needs max");
        break;
      case BETWEEN:
        checkArgument(min().isPresent() && max().isPresent(), "a BETWEEN target needs min and max");
        break;
      case K_OF_N:
        checkArgument(min().isPresent() && outOf().isPresent(), "a K_OF_N target needs min and outOf");
        break;
      case ACHIEVED:
        break;
    }
    checkArgument(kind() == TargetKind.K_OF_N || outOf().isEmpty(),
        "outOf belongs to K_OF_N targets only");
  }
}
