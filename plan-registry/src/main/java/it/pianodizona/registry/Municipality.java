package it.pianodizona.registry;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import it.pianodizona.model.territory.Region;
import java.util.Optional;

/**
 * Comune: an Italian municipality as ISTAT lists it, with its population where known.
 *
 * @param istatCode the six-digit ISTAT code, e.g. {@code 019035} for Crema
 * @param name the official name with its accents; bilingual names as ISTAT writes them
 *     ("Bolzano/Bozen")
 * @param province the province the municipality belongs to
 * @param population the resident population, with its date and source; empty when no source
 *     gives one for the municipality's present territory
 */
public record Municipality(String istatCode, String name, Province province, Optional<Population> population) {

  public Municipality {
    checkArgument(istatCode.length() == 6 && istatCode.startsWith(province.code()),
        "the ISTAT code '%s' does not start with its province's code %s", istatCode, province.code());
    requireNonNull(name, "name");
    requireNonNull(population, "population");
  }

  /** The region (regione) of the municipality's province. */
  public Region region() {
    return province.region();
  }
}
