package it.pianodizona.diff;

import static java.util.Objects.requireNonNull;

import it.pianodizona.rules.Finding;
import java.util.Optional;

/**
 * Rilievo confrontato: one finding of one version paired, or not, with a finding of the other.
 *
 * @param ruleId the rule that reported it
 * @param element the stable identity of the element it concerns: its JSON Pointer with array
 *     indexes replaced by the elements' ids or keys (e.g. {@code /objectives/[obj-7]/target})
 * @param before the finding in the first version's report; absent for an introduced finding
 * @param after the finding in the second version's report; absent for a resolved finding
 */
public record FindingChange(String ruleId, String element, Optional<Finding> before, Optional<Finding> after) {

  /** Checks every field is present, and at least one finding. */
  public FindingChange {
    requireNonNull(ruleId);
    requireNonNull(element);
    requireNonNull(before);
    requireNonNull(after);
    if (before.isEmpty() && after.isEmpty()) {
      throw new IllegalArgumentException("no finding");
    }
  }
}
