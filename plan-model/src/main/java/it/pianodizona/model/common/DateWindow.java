package it.pianodizona.model.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Finestra temporale dichiarata: a window a document states in words, such as
 * "da ottobre a dicembre", kept with its original wording.
 *
 * <p>Its bounds are partial dates; a window whose end is wholly before its start is rejected.
 */
@Value.Immutable
public abstract class DateWindow {

  // The JSON field is "from"; the builder's copy method of the same name is not used on it.
  @SuppressWarnings("immutables:from")
  public abstract PartialDate from();

  public abstract PartialDate to();

  /** The words of the document, e.g. "da ottobre a dicembre". */
  public abstract Optional<String> statedAs();

  public static ImmutableDateWindow.Builder builder() {
    return ImmutableDateWindow.builder();
  }

  public static DateWindow of(PartialDate from, PartialDate to) {
    return builder().from(from).to(to).build();
  }

  @Value.Check
  protected void check() {
    checkArgument(!to().latest().isBefore(from().earliest()),
        "a window cannot end (%s) before it starts (%s)", to(), from());
  }

  /** Whether a day falls anywhere inside the widest reading of the window. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(from().earliest()) && !day.isAfter(to().latest());
  }
}
