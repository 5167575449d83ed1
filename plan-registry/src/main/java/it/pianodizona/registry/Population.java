package it.pianodizona.registry;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * Popolazione residente: a municipality's population as a source states it, with the date the
 * figure refers to and the source, so that whoever uses it can say how old it is.
 *
 * @param inhabitants the number of inhabitants, at least one
 * @param referenceDate the date the figure refers to, e.g. 2011-10-09 for the 2011 census
 * @param source the source, e.g. "ISTAT, popolazione legale, 15° Censimento … 2011"
 */
public record Population(int inhabitants, LocalDate referenceDate, String source) {

  public Population {
    checkArgument(inhabitants > 0, "a population has at least one inhabitant, got %s", inhabitants);
    requireNonNull(referenceDate, "referenceDate");
    requireNonNull(source, "source");
  }
}
