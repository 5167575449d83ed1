package it.pianodizona.registry;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import it.pianodizona.model.territory.Region;

/**
 * Provincia (or città metropolitana, libero consorzio, unità sovracomunale): the ISTAT unit
 * above the municipality, as in ISTAT's list.
 *
 * @param code the three-digit ISTAT code, the first three digits of its municipalities' codes
 * @param abbreviation the two-letter abbreviation (sigla automobilistica), e.g. {@code CR}
 * @param name the name, e.g. "Cremona"
 * @param region the region, with Trento and Bolzano as autonomous provinces as in the plan model
 * @param istatRegionCode ISTAT's two-digit region code ({@code 04} for Trentino-Alto Adige)
 * @param istatRegionName ISTAT's region name, e.g. "Trentino-Alto Adige"
 */
public record Province(String code, String abbreviation, String name, Region region,
                       String istatRegionCode, String istatRegionName) {

  public Province {
    checkArgument(code.length() == 3, "a province code has three digits, got '%s'", code);
    checkArgument(abbreviation.length() == 2, "a province abbreviation has two letters, got '%s'", abbreviation);
    requireNonNull(name, "name");
    requireNonNull(region, "region");
    requireNonNull(istatRegionCode, "istatRegionCode");
    requireNonNull(istatRegionName, "istatRegionName");
  }
}
