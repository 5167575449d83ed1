package it.pianodizona.rules.spi;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * Puntatore nel piano: a JSON Pointer (RFC 6901) into the plan's JSON form, built one typed step
 * at a time from the field names of {@link PlanFields}, e.g.
 * {@code Pointer.root().item(OBJECTIVES, 6).item(INDICATORS, 0).field(TARGET)} for
 * {@code /objectives/6/indicators/0/target}.
 *
 * <p>Immutable: each step returns a new pointer that shares its parent, so a rule can keep a
 * pointer to a list and derive one per item. The text is written only by {@link #toString()},
 * which a rule reaches only for a finding.
 */
public final class Pointer {

  private static final Pointer ROOT = new Pointer(null, "", -1);

  private final Pointer parent;
  private final String field;
  private final int index;

  private Pointer(Pointer parent, String field, int index) {
    this.parent = parent;
    this.field = field;
    this.index = index;
  }

  /** The pointer to the whole plan: the empty string. */
  public static Pointer root() {
    return ROOT;
  }

  /** This pointer followed by a field, named by a {@link PlanFields} constant. */
  public Pointer field(String name) {
    checkArgument(!name.isEmpty(), "a field name cannot be empty");
    return new Pointer(this, name, -1);
  }

  /** This pointer (a list) followed by the index of one of its items. */
  public Pointer index(int index) {
    checkArgument(index >= 0, "an index cannot be negative: %s", index);
    return new Pointer(this, null, index);
  }

  /** This pointer followed by the item {@code index} of the list {@code list}. */
  public Pointer item(String list, int index) {
    return field(list).index(index);
  }

  /** Whether this is the pointer to the whole plan. */
  public boolean isRoot() {
    return parent == null;
  }

  /** The pointer's text, e.g. {@code /objectives/0/milestones/1}; the root's is empty. */
  @Override
  public String toString() {
    Deque<Pointer> steps = new ArrayDeque<>();
    for (Pointer p = this; !p.isRoot(); p = p.parent) {
      steps.push(p);
    }
    StringBuilder text = new StringBuilder();
    for (Pointer step : steps) {
      text.append('/');
      if (step.field != null) {
        text.append(step.field.replace("~", "~0").replace("/", "~1"));
      } else {
        text.append(step.index);
      }
    }
    return text.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Pointer && toString().equals(other.toString());
  }

  @Override
  public int hashCode() {
    return Objects.hash(toString());
  }
}
