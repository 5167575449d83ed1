package it.pianodizona.diff;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ZonePlan;
import java.io.UncheckedIOException;

/**
 * Confronto tra due versioni del Piano di Zona: what changed from one version of a plan to
 * another, element by element.
 *
 * <pre>{@code
 * PlanDiff diff = PlanDiff.between(draft, adopted);
 * for (Change change : diff.changes()) {
 *   System.out.println(change.kind() + " " + change.label().italian() + ": "
 *       + change.beforeText().orElse("—") + " → " + change.afterText().orElse("—"));
 * }
 * diff.budgetDeltas();   // cells and year totals whose amounts moved
 * diff.jsonPatch();      // RFC 6902 operations turning the first document into the second
 * }</pre>
 *
 * <p>Changes are located by JSON Pointers into the plans' canonical JSON form (as
 * {@code PlanJson.write} gives it), on each side. Elements of arrays are paired by id, by a
 * natural key where they have no id (a budget line by objective, year, fund and label; an
 * adherent by party) or by position where they have neither; with {@link MatchBy#CODES},
 * elements whose ids differ are then paired by code, title or name. A paired element that
 * changed its place among its siblings is reported {@link ChangeKind#MOVED moved}. Matching is
 * through hash maps: the time grows with the size of the plans, not with its square.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class PlanDiff {

  private final DiffOptions options;
  // Private trees built here, never handed out: the result stays immutable.
  private final JsonNode before;
  private final JsonNode after;
  private final ImmutableList<Change> changes;
  private final ImmutableList<BudgetDelta> budgetDeltas;

  private PlanDiff(DiffOptions options, JsonNode before, JsonNode after, ImmutableList<Change> changes,
      ImmutableList<BudgetDelta> budgetDeltas) {
    this.options = options;
    this.before = before;
    this.after = after;
    this.changes = changes;
    this.budgetDeltas = budgetDeltas;
  }

  /** The differences between two versions of a plan, pairing elements by id. */
  public static PlanDiff between(ZonePlan before, ZonePlan after) {
    return between(before, after, DiffOptions.defaults());
  }

  /** The differences between two versions of a plan, pairing elements as the options say. */
  public static PlanDiff between(ZonePlan before, ZonePlan after, DiffOptions options) {
    requireNonNull(before);
    requireNonNull(after);
    requireNonNull(options);
    JsonNode a = Trees.of(before);
    JsonNode b = Trees.of(after);
    return new PlanDiff(options, a, b, ChangeWalker.changes(a, b, options.match()), BudgetDeltas.between(before, after));
  }

  /** The options the plans were compared with. */
  public DiffOptions options() {
    return options;
  }

  /**
   * Every change, removals of an array's elements first, then its additions, moves and changes
   * in the second version's order.
   */
  public ImmutableList<Change> changes() {
    return changes;
  }

  /** The budget cells (objective × year × fund) and year totals whose figures differ. */
  public ImmutableList<BudgetDelta> budgetDeltas() {
    return budgetDeltas;
  }

  /** Whether the two plans are the same (their canonical JSON forms are equal). */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * The RFC 6902 JSON Patch that turns the first plan's canonical JSON form into the second's:
   * applied to the first document and written canonically, it gives the second byte for byte.
   */
  public String jsonPatch() {
    try {
      return Trees.mapper().writer().with(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(PatchWriter.patch(before, after, options.match())) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "PlanDiff" + changes;
  }
}
