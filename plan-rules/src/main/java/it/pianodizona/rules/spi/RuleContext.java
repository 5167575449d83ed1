package it.pianodizona.rules.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.common.DateWindow;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.common.Percentage;
import it.pianodizona.model.common.PlanPeriod;
import it.pianodizona.rules.RuleDescriptor;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.profile.PlanningCycle;
import it.pianodizona.rules.profile.RegionalProfile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Contesto della regola: what a rule may know besides the plan (the regional profile and its
 * cycle for the plan, the as-of date, the tolerances) and where it reports its findings.
 *
 * <p>One context serves one rule in one validation; it is not shared between threads. The
 * validation engine provides it; rules only call it.
 */
public abstract class RuleContext {

  private final RuleDescriptor descriptor;
  private final List<Draft> drafts = new ArrayList<>(0);

  /**
   * For the validation engine, which gives each rule its own context in each validation; a test
   * of a rule may also extend this class to check the rule alone.
   */
  protected RuleContext(RuleDescriptor descriptor) {
    this.descriptor = descriptor;
  }

  /** The regional profile the plan is judged by. */
  public abstract RegionalProfile profile();

  /** The profile's planning cycle that starts in the plan's first year, if there is one. */
  public abstract Optional<PlanningCycle> cycle();

  /** The day the plan is judged at; absent when the options give neither a date nor a clock. */
  public abstract Optional<LocalDate> asOf();

  public abstract Money moneyTolerance();

  public abstract BigDecimal shareTolerance();

  /**
   * The value of a fact about the plan being validated, computed by the first rule of this
   * validation that asks for it and shared with the rules that ask after it.
   */
  public abstract <T> T fact(PlanFact<T> fact);

  /** Starts a finding at this pointer; it is reported by {@link Draft#report()}. */
  public final Draft finding(Pointer path) {
    return new Draft(path.toString());
  }

  /** Starts a finding at this JSON Pointer; it is reported by {@link Draft#report()}. */
  public final Draft finding(String path) {
    checkArgument(path.isEmpty() || path.startsWith("/"), "not a JSON Pointer: '%s'", path);
    return new Draft(path);
  }

  /** The descriptor of the rule this context serves. */
  protected final RuleDescriptor descriptor() {
    return descriptor;
  }

  /** The findings reported so far, in the order reported. */
  protected final List<Draft> drafts() {
    return Collections.unmodifiableList(drafts);
  }

  /** Computes a fact for a plan: for the engine's cache of facts, which {@link #fact} reads. */
  protected static <T> T compute(PlanFact<T> fact, ZonePlan plan) {
    return fact.computeFor(plan);
  }

  /** The JSON Pointer of a reported finding. */
  protected static String path(Draft draft) {
    return draft.path;
  }

  /** The message variant of a reported finding; empty for the rule's main message. */
  protected static String variant(Draft draft) {
    return draft.variant;
  }

  /** The citation of a reported finding, or {@code fallback} where it cites none of its own. */
  protected static String referenceOr(Draft draft, String fallback) {
    return draft.reference.orElse(fallback);
  }

  /** The severity a reported finding asked for, if other than its rule's. */
  protected static Optional<Severity> severity(Draft draft) {
    return draft.severity;
  }

  /** The values of a reported finding, named as its message's parameters. */
  protected static ImmutableMap<String, Object> values(Draft draft) {
    return ImmutableMap.copyOf(draft.values);
  }

  /**
   * The values a reported finding's message shows: the plain ones, with dates kept in the
   * model's types so that an Italian message can write them as 30/06/2016.
   */
  protected static Map<String, Object> messageValues(Draft draft) {
    if (draft.dates.isEmpty()) {
      return draft.values;
    }
    Map<String, Object> shown = new LinkedHashMap<>(draft.values);
    shown.putAll(draft.dates);
    return shown;
  }

  /** Rilievo in preparazione: a finding being written: its values, an optional message variant and reference. */
  public final class Draft {

    private final String path;
    private final Map<String, Object> values = new LinkedHashMap<>();
    /** Dates as the model has them, so that an Italian message can show 30/06/2016. */
    private final Map<String, Object> dates = new LinkedHashMap<>();
    private String variant = "";
    private Optional<String> reference = Optional.empty();
    private Optional<Severity> severity = Optional.empty();
    private boolean reported;

    private Draft(String path) {
      this.path = path;
    }

    /**
     * Adds a value, named as the message's parameter. Model values become plain ones: money
     * and percentages become {@code BigDecimal}, years {@code Integer}, partial dates, months
     * and periods their ISO text.
     */
    public Draft with(String name, Object value) {
      checkArgument(value != null, "value '%s' of %s is null", name, descriptor.id());
      values.put(name, plain(value));
      if (isDate(value)) {
        dates.put(name, value);
      }
      return this;
    }

    /** Adds a value that may be absent; an absent one is left out. */
    public Draft withOptional(String name, Optional<?> value) {
      value.ifPresent(v -> with(name, v));
      return this;
    }

    /** Uses the message {@code RULE_ID.message.variant} in place of {@code RULE_ID.message}. */
    public Draft variant(String name) {
      this.variant = name;
      return this;
    }

    /** Cites this reference in place of the rule's, e.g. the profile's regional law. */
    public Draft reference(String citation) {
      this.reference = Optional.of(citation);
      return this;
    }

    /**
     * Reports this finding at another severity than the rule's, where the plan itself says why
     * — e.g. INFO for a missing budget when the plan was encoded from a press release. A
     * severity the user set for the rule still wins.
     */
    public Draft severity(Severity lowered) {
      this.severity = Optional.of(lowered);
      return this;
    }

    /** Reports the finding. */
    public void report() {
      checkState(!reported, "finding of %s at '%s' reported twice", descriptor.id(), path);
      reported = true;
      drafts.add(this);
    }
  }

  private static boolean isDate(Object value) {
    return value instanceof LocalDate || value instanceof YearMonth || value instanceof PartialDate
        || value instanceof PlanPeriod || value instanceof DateWindow;
  }

  private static Object plain(Object value) {
    if (value instanceof Money) {
      return ((Money) value).amount();
    }
    if (value instanceof Percentage) {
      return ((Percentage) value).value();
    }
    if (value instanceof Year) {
      return ((Year) value).getValue();
    }
    if (value instanceof PartialDate || value instanceof YearMonth || value instanceof PlanPeriod) {
      return value.toString();
    }
    if (value instanceof DateWindow) {
      DateWindow window = (DateWindow) value;
      return window.from() + "/" + window.to();
    }
    if (value instanceof Optional) {
      throw new IllegalArgumentException("pass an Optional through withOptional");
    }
    if (value instanceof Collection) {
      ImmutableList.Builder<Object> items = ImmutableList.builder();
      ((Collection<?>) value).forEach(item -> items.add(plain(item)));
      return items.build();
    }
    return value;
  }
}
