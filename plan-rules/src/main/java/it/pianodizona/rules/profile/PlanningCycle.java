package it.pianodizona.rules.profile;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import it.pianodizona.model.common.PlanPeriod;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Ciclo di programmazione regionale: one planning cycle of a region (e.g. Lombardia 2021-2023)
 * with the numbers the region set for it: the deadline for signing the programme agreement and
 * its extension, whether the healthcare trust signs, and the strategic areas a plan must cover.
 *
 * <p>Every number is a parameter: where the regional act is uncertain the default is marked
 * "verify" in {@link RegionalProfiles}, and a user replaces it with {@code builder().from(..)}.
 */
@Value.Immutable
public abstract class PlanningCycle {

  public abstract Year firstYear();

  public abstract Year lastYear();

  /** The regional act that opened the cycle, e.g. the guidelines' DGR. */
  public abstract Optional<String> guidelines();

  /** The date by which the agreement must be signed. */
  public abstract Optional<LocalDate> agreementSignatureDeadline();

  /** A later date the region granted in place of the deadline. */
  public abstract Optional<LocalDate> extendedSignatureDeadline();

  /** The citation of the signature deadline, where the resource gives one. */
  public abstract Optional<String> signatureDeadlineReference();

  /** The citation of the extension of the signature deadline. */
  public abstract Optional<String> extensionReference();

  /**
   * Proroga del ciclo: the last year of an extension of the cycle granted by the region (e.g.
   * Lombardia's 2021-2023 plans extended into 2024); a plan running to it still matches the cycle.
   */
  public abstract Optional<Year> extendedLastYear();

  /** The citation of the extension of the cycle. */
  public abstract Optional<String> cycleExtensionReference();

  /**
   * The names of the values not yet confirmed from a source ("guidelines", "signatureDeadline",
   * ...): marked *verify* in the profile resource and in the docs.
   */
  public abstract ImmutableSet<String> toVerify();

  /** Whether the healthcare trust (ASST) signs the agreement as well as the health authority. */
  @Value.Default
  public boolean signatoriesRequireHealthcareTrust() {
    return false;
  }

  /** The strategic areas of the regional plan that every district plan addresses. */
  public abstract ImmutableList<String> requiredStrategicAreas();

  public static ImmutablePlanningCycle.Builder builder() {
    return ImmutablePlanningCycle.builder();
  }

  /** A cycle from 1 January of {@code firstYear} to 31 December of {@code lastYear}. */
  public static PlanningCycle of(int firstYear, int lastYear) {
    return builder().firstYear(Year.of(firstYear)).lastYear(Year.of(lastYear)).build();
  }

  /** The deadline that applies: the extension where one was granted, else the deadline. */
  public Optional<LocalDate> effectiveSignatureDeadline() {
    return extendedSignatureDeadline().or(this::agreementSignatureDeadline);
  }

  /** Whether a plan period runs over exactly the years of this cycle. */
  public boolean matches(PlanPeriod period) {
    int end = period.end().getYear();
    return period.start().getYear() == firstYear().getValue()
        && (end == lastYear().getValue() || extendedLastYear().map(Year::getValue).equals(Optional.of(end)));
  }

  /** The last year the cycle covers: the extension's where one was granted. */
  public Year coveredUntil() {
    return extendedLastYear().orElse(lastYear());
  }

  /** Whether any year of the plan period falls in the years this cycle covers (extension included). */
  public boolean overlaps(PlanPeriod period) {
    return period.start().getYear() <= coveredUntil().getValue()
        && period.end().getYear() >= firstYear().getValue();
  }

  /** "2021-2023". */
  public String label() {
    return firstYear() + "-" + lastYear();
  }

  @Value.Check
  protected void check() {
    checkArgument(!lastYear().isBefore(firstYear()),
        "a cycle cannot end (%s) before it starts (%s)", lastYear(), firstYear());
    checkArgument(extendedSignatureDeadline().isEmpty() || agreementSignatureDeadline().isEmpty()
            || !extendedSignatureDeadline().get().isBefore(agreementSignatureDeadline().get()),
        "an extension cannot come before the deadline it extends");
    checkArgument(extendedLastYear().isEmpty() || extendedLastYear().get().isAfter(lastYear()),
        "a cycle's extension (%s) must end after the cycle (%s)", extendedLastYear(), lastYear());
  }
}
