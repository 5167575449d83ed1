package it.pianodizona.diff;

import static java.util.Objects.requireNonNull;

/**
 * Opzioni del confronto: how {@link PlanDiff} pairs the elements of two plans.
 *
 * <pre>{@code
 * PlanDiff.between(before, after, DiffOptions.builder().match(MatchBy.CODES).build());
 * }</pre>
 */
public final class DiffOptions {

  private static final DiffOptions DEFAULTS = new DiffOptions(MatchBy.IDS);

  private final MatchBy match;

  private DiffOptions(MatchBy match) {
    this.match = match;
  }

  /** How elements are paired; {@link MatchBy#IDS} unless set. */
  public MatchBy match() {
    return match;
  }

  /** The defaults: pairing by id. */
  public static DiffOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DiffOptions that && match == that.match;
  }

  @Override
  public int hashCode() {
    return match.hashCode();
  }

  @Override
  public String toString() {
    return "DiffOptions{match=" + match + "}";
  }

  /** Builds {@link DiffOptions}. */
  public static final class Builder {
    private MatchBy match = MatchBy.IDS;

    private Builder() {}

    /** Sets how elements are paired. */
    public Builder match(MatchBy match) {
      this.match = requireNonNull(match);
      return this;
    }

    /** The options. */
    public DiffOptions build() {
      return new DiffOptions(match);
    }
  }
}
