package it.pianodizona.rules;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Contesto della regola: what a rule may know besides the plan (the regional profile and its
 * cycle for the plan, the as-of date, the tolerances) and where it reports its findings.
 *
 * <p>One context serves one rule in one validation; it is not shared between threads.
 */
public final class RuleContext {

  private final RuleDescriptor descriptor;
  private final RegionalProfile profile;
  private final Optional<PlanningCycle> cycle;
  private final Optional<LocalDate> asOf;
  private final ValidationOptions options;
  private final Facts facts;
  private final List<Draft> drafts = new ArrayList<>(0);

  RuleContext(RuleDescriptor descriptor, RegionalProfile profile, Optional<PlanningCycle> cycle,
      Optional<LocalDate> asOf, ValidationOptions options, Facts facts) {
    this.descriptor = descriptor;
    this.profile = profile;
    this.cycle = cycle;
    this.asOf = asOf;
    this.options = options;
    this.facts = facts;
  }

  public RegionalProfile profile() {
    return profile;
  }

  /** The profile's planning cycle that starts in the plan's first year, if there is one. */
  public Optional<PlanningCycle> cycle() {
    return cycle;
  }

  /** The day the plan is judged at; absent when the options give neither a date nor a clock. */
  public Optional<LocalDate> asOf() {
    return asOf;
  }

  public Money moneyTolerance() {
    return options.moneyTolerance();
  }

  public BigDecimal shareTolerance() {
    return options.shareTolerance();
  }

  /**
   * The value of a fact about the plan being validated, computed by the first rule of this
   * validation that asks for it and shared with the rules that ask after it.
   */
  public <T> T fact(PlanFact<T> fact) {
    return facts.get(fact);
  }

  /** Starts a finding at this JSON Pointer; it is reported by {@link Draft#report()}. */
  public Draft finding(String path) {
    checkArgument(path.isEmpty() || path.startsWith("/"), "not a JSON Pointer: '%s'", path);
    return new Draft(path);
  }

  RuleDescriptor descriptor() {
    return descriptor;
  }

  List<Draft> drafts() {
    return drafts;
  }

  /** Rilievo in preparazione: a finding being written: its values, an optional message variant and reference. */
  public final class Draft {

    private final String path;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private String variant = "";
    private Optional<String> reference = Optional.empty();
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

    /** Reports the finding. */
    public void report() {
      checkState(!reported, "finding of %s at '%s' reported twice", descriptor.id(), path);
      reported = true;
      drafts.add(this);
    }

    String path() {
      return path;
    }

    String variantName() {
      return variant;
    }

    String referenceOr(String fallback) {
      return reference.orElse(fallback);
    }

    ImmutableMap<String, Object> values() {
      return ImmutableMap.copyOf(values);
    }
  }

  /** The facts of one validation: one plan, one thread. */
  static final class Facts {

    private final ZonePlan plan;
    private final Map<PlanFact<?>, Object> values = new IdentityHashMap<>();

    Facts(ZonePlan plan) {
      this.plan = plan;
    }

    <T> T get(PlanFact<T> fact) {
      @SuppressWarnings("unchecked") // put only by the line below, under the same key
      T value = (T) values.get(fact);
      if (value == null) {
        value = fact.computeFor(plan);
        values.put(fact, value);
      }
      return value;
    }
  }

  static Object plain(Object value) {
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
