package it.pianodizona.diff;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.Finding;
import it.pianodizona.rules.ValidationReport;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Confronto dei rilievi: which findings of a plan's validation were resolved, introduced or left
 * unchanged by a new version.
 *
 * <pre>{@code
 * Validator validator = StandardRules.validator(options);
 * FindingsDiff findings = FindingsDiff.between(draft, validator.validate(draft), adopted, validator.validate(adopted));
 * findings.resolved(); findings.introduced(); findings.unchanged();
 * }</pre>
 *
 * <p>Findings are paired by rule id and by the element they concern, identified by ids and keys
 * rather than by the raw pointer: a finding at {@code /objectives/6/target} is the same finding
 * at {@code /objectives/7/target} once an objective is inserted before it. Two findings of one
 * rule on one element are paired in report order.
 */
public final class FindingsDiff {

  private final ImmutableList<FindingChange> resolved;
  private final ImmutableList<FindingChange> introduced;
  private final ImmutableList<FindingChange> unchanged;

  private FindingsDiff(ImmutableList<FindingChange> resolved, ImmutableList<FindingChange> introduced,
      ImmutableList<FindingChange> unchanged) {
    this.resolved = resolved;
    this.introduced = introduced;
    this.unchanged = unchanged;
  }

  /**
   * Compares the reports of two versions of a plan; each report must be the validation of the
   * plan given with it, whose JSON form locates its findings.
   */
  public static FindingsDiff between(ZonePlan before, ValidationReport beforeReport, ZonePlan after,
      ValidationReport afterReport) {
    requireNonNull(beforeReport);
    requireNonNull(afterReport);
    JsonNode beforeTree = Trees.of(requireNonNull(before));
    JsonNode afterTree = Trees.of(requireNonNull(after));
    Map<String, Deque<FindingChange>> open = new HashMap<>();
    for (Finding finding : beforeReport.findings()) {
      String element = ElementIdentity.of(beforeTree, finding.path());
      open.computeIfAbsent(finding.ruleId() + ' ' + element, k -> new ArrayDeque<>())
          .add(new FindingChange(finding.ruleId(), element, Optional.of(finding), Optional.empty()));
    }
    ImmutableList.Builder<FindingChange> introduced = ImmutableList.builder();
    ImmutableList.Builder<FindingChange> unchanged = ImmutableList.builder();
    for (Finding finding : afterReport.findings()) {
      String element = ElementIdentity.of(afterTree, finding.path());
      Deque<FindingChange> same = open.get(finding.ruleId() + ' ' + element);
      FindingChange earlier = same == null ? null : same.poll();
      if (earlier == null) {
        introduced.add(new FindingChange(finding.ruleId(), element, Optional.empty(), Optional.of(finding)));
      } else {
        unchanged.add(new FindingChange(finding.ruleId(), element, earlier.before(), Optional.of(finding)));
      }
    }
    ImmutableList.Builder<FindingChange> resolved = ImmutableList.builder();
    for (Finding finding : beforeReport.findings()) {
      // Walk the report again so that the resolved keep the report's order.
      Deque<FindingChange> left = open.get(finding.ruleId() + ' ' + ElementIdentity.of(beforeTree, finding.path()));
      if (left != null && !left.isEmpty() && left.peek().before().get() == finding) {
        resolved.add(left.poll());
      }
    }
    return new FindingsDiff(resolved.build(), introduced.build(), unchanged.build());
  }

  /** Findings of the first version that the second no longer has. */
  public ImmutableList<FindingChange> resolved() {
    return resolved;
  }

  /** Findings of the second version that the first did not have. */
  public ImmutableList<FindingChange> introduced() {
    return introduced;
  }

  /** Findings of both versions, on the same element by the same rule. */
  public ImmutableList<FindingChange> unchanged() {
    return unchanged;
  }

  /** Whether no finding was resolved or introduced. */
  public boolean isEmpty() {
    return resolved.isEmpty() && introduced.isEmpty();
  }
}
