package it.pianodizona.rules.leps;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.leps.Profession;
import it.pianodizona.model.leps.StaffPosition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * Assistenti sociali in servizio: the social workers' full-time equivalents on the latest day
 * the plan's staffing states, whatever the contract kind. Absent when the plan lists no staff at
 * all (unknown, not zero); zero when it lists staff but no social worker.
 */
record SocialWorkers(BigDecimal fullTimeEquivalents, Optional<LocalDate> asOf) {

  /** The first year the LEPS of L. 178/2020 applies to a plan. */
  static final int FIRST_YEAR = 2021;

  static Optional<SocialWorkers> of(ZonePlan plan) {
    if (plan.socialServiceStaff().isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> latest = plan.socialServiceStaff().stream()
        .filter(p -> p.profession() == Profession.SOCIAL_WORKER)
        .map(StaffPosition::asOf).max(Comparator.naturalOrder());
    BigDecimal fte = plan.socialServiceStaff().stream()
        .filter(p -> p.profession() == Profession.SOCIAL_WORKER && latest.equals(Optional.of(p.asOf())))
        .map(StaffPosition::fullTimeEquivalents).reduce(BigDecimal.ZERO, BigDecimal::add);
    return Optional.of(new SocialWorkers(fte, latest));
  }

  /** Whether fewer than one FTE serves each {@code perInhabitants} inhabitants. */
  boolean below(int perInhabitants, int inhabitants) {
    return fullTimeEquivalents.multiply(BigDecimal.valueOf(perInhabitants))
        .compareTo(BigDecimal.valueOf(inhabitants)) < 0;
  }

  /** Inhabitants per FTE, rounded; "-" when there is none. */
  String ratio(int inhabitants) {
    if (fullTimeEquivalents.signum() == 0) {
      return "-";
    }
    return "1:" + BigDecimal.valueOf(inhabitants)
        .divide(fullTimeEquivalents, 0, java.math.RoundingMode.HALF_UP).toPlainString();
  }
}
