package it.pianodizona.rules;

import com.google.common.collect.ImmutableMap;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.common.Money;
import it.pianodizona.rules.profile.PlanningCycle;
import it.pianodizona.rules.profile.RegionalProfile;
import it.pianodizona.rules.spi.PlanFact;
import it.pianodizona.rules.spi.RuleContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The engine's rule context: one rule, one validation, one thread. */
final class EngineContext extends RuleContext {

  private final RegionalProfile profile;
  private final Optional<PlanningCycle> cycle;
  private final Optional<LocalDate> asOf;
  private final ValidationOptions options;
  private final Facts facts;

  EngineContext(RuleDescriptor descriptor, RegionalProfile profile, Optional<PlanningCycle> cycle,
      Optional<LocalDate> asOf, ValidationOptions options, Facts facts) {
    super(descriptor);
    this.profile = profile;
    this.cycle = cycle;
    this.asOf = asOf;
    this.options = options;
    this.facts = facts;
  }

  @Override
  public RegionalProfile profile() {
    return profile;
  }

  @Override
  public Optional<PlanningCycle> cycle() {
    return cycle;
  }

  @Override
  public Optional<LocalDate> asOf() {
    return asOf;
  }

  @Override
  public Money moneyTolerance() {
    return options.moneyTolerance();
  }

  @Override
  public BigDecimal shareTolerance() {
    return options.shareTolerance();
  }

  @Override
  public <T> T fact(PlanFact<T> fact) {
    return facts.get(fact);
  }

  RuleDescriptor rule() {
    return descriptor();
  }

  List<Draft> reported() {
    return drafts();
  }

  static String pathOf(Draft draft) {
    return path(draft);
  }

  static String variantOf(Draft draft) {
    return variant(draft);
  }

  static String referenceOf(Draft draft, String fallback) {
    return referenceOr(draft, fallback);
  }

  static java.util.Optional<Severity> severityOf(Draft draft) {
    return severity(draft);
  }

  static ImmutableMap<String, Object> valuesOf(Draft draft) {
    return values(draft);
  }

  static Map<String, Object> messageValuesOf(Draft draft) {
    return messageValues(draft);
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
        value = compute(fact, plan);
        values.put(fact, value);
      }
      return value;
    }
  }
}
