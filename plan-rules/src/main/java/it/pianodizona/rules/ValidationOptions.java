package it.pianodizona.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.profile.RegionalProfile;
import it.pianodizona.rules.profile.RegionalProfiles;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Opzioni di validazione: everything a validation depends on besides the plan: the as-of date
 * (the only way time enters), the language of the messages, the regional profile, severity
 * overrides, disabled rules, waivers and the numeric tolerances.
 *
 * <p>Without an as-of date or a clock, rules that depend on today (overdue milestones) do not
 * run, so that the same plan always gives the same report.
 */
@Value.Immutable
public abstract class ValidationOptions {

  /** The day the plan is judged at. Wins over {@link #clock()}. */
  public abstract Optional<LocalDate> asOf();

  /** The clock that gives the as-of date when {@link #asOf()} is absent. */
  public abstract Optional<Clock> clock();

  /** The language of messages: Italian ({@code it}) or English (any other language). */
  @Value.Default
  public Locale locale() {
    return Locale.ITALIAN;
  }

  /** A profile to use whatever the plan's region. */
  public abstract Optional<RegionalProfile> profile();

  /** Profiles to use in place of the standard one of their region. */
  public abstract ImmutableMap<Region, RegionalProfile> regionalProfiles();

  /** Severities to use in place of the rules' defaults, by rule id. */
  public abstract ImmutableMap<String, Severity> severityOverrides();

  /** Rules that do not run, by id. */
  public abstract ImmutableSet<String> disabledRules();

  public abstract ImmutableList<Waiver> waivers();

  /** How far a sum may be from a declared total, in euros; exact to the cent by default. */
  @Value.Default
  public Money moneyTolerance() {
    return Money.ZERO;
  }

  /**
   * How many percentage points a recomputed share may be from the declared one beyond the
   * rounding the document used (its number of decimals); zero by default.
   */
  @Value.Default
  public BigDecimal shareTolerance() {
    return BigDecimal.ZERO;
  }

  public static ImmutableValidationOptions.Builder builder() {
    return ImmutableValidationOptions.builder();
  }

  /** Italian messages, the region's profile, no as-of date, no overrides. */
  public static ValidationOptions defaults() {
    return builder().build();
  }

  /** The as-of date: the explicit one, else today on the clock, else none. */
  public Optional<LocalDate> resolveAsOf() {
    return asOf().or(() -> clock().map(LocalDate::now));
  }

  /** The profile for a plan of this region under these options. */
  public RegionalProfile profileFor(Region region) {
    return profile().orElseGet(() ->
        Optional.ofNullable(regionalProfiles().get(region))
            .orElseGet(() -> RegionalProfiles.forRegion(region)));
  }

  @Value.Check
  protected void check() {
    checkArgument(!moneyTolerance().isNegative(), "the money tolerance cannot be negative");
    checkArgument(shareTolerance().signum() >= 0, "the share tolerance cannot be negative");
    for (Map.Entry<Region, RegionalProfile> entry : regionalProfiles().entrySet()) {
      checkArgument(entry.getValue().region().map(entry.getKey()::equals).orElse(true),
          "the profile given for %s is the profile of %s", entry.getKey(), entry.getValue().region());
    }
  }
}
