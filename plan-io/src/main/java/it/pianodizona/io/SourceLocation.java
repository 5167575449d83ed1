package it.pianodizona.io;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Posizione nel file: where something is in a JSON document, as a person finds it (file, line,
 * column) and as a program finds it (the JSON Pointer, e.g. {@code /objectives/0/milestones/1}).
 *
 * <p>Lines and columns start at 1; columns count characters, not bytes. The pointer of the
 * document root is the empty string.
 */
@Value.Immutable
public abstract class SourceLocation {

  /** The file or other source name, when the caller gave one. */
  public abstract Optional<String> source();

  public abstract int line();

  public abstract int column();

  /** The JSON Pointer (RFC 6901) of the element, {@code ""} for the root. */
  public abstract String pointer();

  public static ImmutableSourceLocation.Builder builder() {
    return ImmutableSourceLocation.builder();
  }

  @Value.Check
  protected void check() {
    checkArgument(line() >= 1 && column() >= 1, "lines and columns start at 1, got %s:%s", line(), column());
    checkArgument(pointer().isEmpty() || pointer().startsWith("/"), "not a JSON Pointer: '%s'", pointer());
  }

  /**
   * E.g. {@code plan.json:12:5 /objectives/0/id}, or {@code 12:5 /objectives/0/id} without a
   * source: one line for people, in which control characters of the name or the pointer (which
   * holds field names from the document) are shown escaped; {@link #pointer()} is exact.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    source().ifPresent(name -> s.append(SafeText.oneLine(name)).append(':'));
    s.append(line()).append(':').append(column());
    if (!pointer().isEmpty()) {
      s.append(' ').append(SafeText.oneLine(pointer()));
    }
    return s.toString();
  }
}
