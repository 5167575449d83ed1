package it.pianodizona.diff;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;

/**
 * Modifica: one difference between two versions of a plan, located on each side by a JSON
 * Pointer into the plan's canonical JSON form.
 *
 * <p>An {@link ChangeKind#ADDED added} element has only an after pointer and value, a
 * {@link ChangeKind#REMOVED removed} one only a before pointer and value; a
 * {@link ChangeKind#CHANGED changed} value has both; a {@link ChangeKind#MOVED moved} element
 * has both pointers and no values (what changed inside it is reported by further changes at
 * its inner pointers). Values are JSON texts: {@code "testo"}, {@code 15000.00}, {@code {...}}.
 */
public final class Change {

  private final ChangeKind kind;
  private final Optional<String> beforePath;
  private final Optional<String> afterPath;
  private final Label label;
  // The trees are built by PlanDiff and never handed out, so these nodes never change.
  private final Optional<JsonNode> before;
  private final Optional<JsonNode> after;
  private final Optional<Pairing> pairedBy;
  private final ImmutableList<TextSegment> words;

  Change(ChangeKind kind, Optional<String> beforePath, Optional<String> afterPath, Label label,
      Optional<JsonNode> before, Optional<JsonNode> after, Optional<Pairing> pairedBy,
      ImmutableList<TextSegment> words) {
    this.kind = requireNonNull(kind);
    this.beforePath = requireNonNull(beforePath);
    this.afterPath = requireNonNull(afterPath);
    this.label = requireNonNull(label);
    this.before = requireNonNull(before);
    this.after = requireNonNull(after);
    this.pairedBy = requireNonNull(pairedBy);
    this.words = requireNonNull(words);
  }

  /** Added, removed, changed or moved. */
  public ChangeKind kind() {
    return kind;
  }

  /** The JSON Pointer in the first version; absent for an added element. */
  public Optional<String> beforePath() {
    return beforePath;
  }

  /** The JSON Pointer in the second version; absent for a removed element. */
  public Optional<String> afterPath() {
    return afterPath;
  }

  /** The pointer of the second version where there is one, else of the first. */
  public String path() {
    return afterPath.or(() -> beforePath).orElseThrow();
  }

  /** Where the change is, for people (after the second version's positions where it has them). */
  public Label label() {
    return label;
  }

  /** The value in the first version, as compact JSON text. */
  public Optional<String> before() {
    return before.map(JsonNode::toString);
  }

  /** The value in the second version, as compact JSON text. */
  public Optional<String> after() {
    return after.map(JsonNode::toString);
  }

  /** The value in the first version for people: a string without quotes, else its JSON. */
  public Optional<String> beforeText() {
    return before.map(Change::display);
  }

  /** The value in the second version for people: a string without quotes, else its JSON. */
  public Optional<String> afterText() {
    return after.map(Change::display);
  }

  /**
   * The attribute that paired the element this change lies in when its ids differ
   * ({@link MatchBy#CODES}); absent when ids paired it.
   */
  public Optional<Pairing> pairedBy() {
    return pairedBy;
  }

  /**
   * For a changed text of several words, the words kept, dropped and gained in order; empty
   * otherwise.
   */
  public ImmutableList<TextSegment> words() {
    return words;
  }

  Optional<JsonNode> beforeNode() {
    return before;
  }

  Optional<JsonNode> afterNode() {
    return after;
  }

  private static String display(JsonNode node) {
    return node.isTextual() ? node.textValue() : node.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Change that
        && kind == that.kind && beforePath.equals(that.beforePath) && afterPath.equals(that.afterPath)
        && label.equals(that.label) && before.equals(that.before) && after.equals(that.after)
        && pairedBy.equals(that.pairedBy) && words.equals(that.words);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, beforePath, afterPath, before, after);
  }

  @Override
  public String toString() {
    return kind.code() + " " + beforePath.orElse("-") + " -> " + afterPath.orElse("-")
        + before().map(v -> " " + v).orElse("") + after().map(v -> " => " + v).orElse("");
  }
}
