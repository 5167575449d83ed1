package it.pianodizona.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import it.pianodizona.rules.spi.Rule;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Catalogo delle regole: a set of rules with unique ids, and their descriptors as data, so that
 * a tool can list what is checked, how seriously and under which norm.
 *
 * <p>The engine's own {@link #RULE_FAILED} is always part of the descriptors: a rule that throws
 * is reported under it and the other rules still run.
 */
public final class RuleCatalogue {

  /** A rule failed with an exception: a bug in the rule, not a defect of the plan. */
  public static final RuleDescriptor RULE_FAILED = RuleDescriptor.of(
      "RULE_FAILED", RuleFamily.ENGINE, Severity.INFO,
      "Motore di validazione (errore interno di una regola)");

  private final ImmutableList<Rule> rules;
  private final ImmutableMap<String, RuleDescriptor> descriptors;

  private RuleCatalogue(ImmutableList<Rule> rules) {
    Map<String, RuleDescriptor> byId = new LinkedHashMap<>();
    for (Rule rule : rules) {
      RuleDescriptor descriptor = rule.descriptor();
      checkArgument(byId.put(descriptor.id(), descriptor) == null,
          "two rules have the id %s", descriptor.id());
    }
    checkArgument(!byId.containsKey(RULE_FAILED.id()), "%s is the engine's id", RULE_FAILED.id());
    byId.put(RULE_FAILED.id(), RULE_FAILED);
    this.rules = rules;
    this.descriptors = ImmutableMap.copyOf(byId);
  }

  /** A catalogue of these rules, in this order. */
  public static RuleCatalogue of(Iterable<? extends Rule> rules) {
    return new RuleCatalogue(ImmutableList.copyOf(rules));
  }

  public ImmutableList<Rule> rules() {
    return rules;
  }

  /** The descriptors of the rules, in catalogue order, followed by {@link #RULE_FAILED}. */
  public ImmutableList<RuleDescriptor> descriptors() {
    return descriptors.values().asList();
  }

  public Optional<RuleDescriptor> descriptor(String ruleId) {
    return Optional.ofNullable(descriptors.get(ruleId));
  }

  /** Whether the id names a rule of this catalogue or the engine's {@link #RULE_FAILED}. */
  public boolean knows(String ruleId) {
    return descriptors.containsKey(ruleId);
  }

  /** The rule ids, in catalogue order, {@link #RULE_FAILED} last. */
  public ImmutableSet<String> ids() {
    return descriptors.keySet();
  }

  /** A catalogue of the rules that pass the test. */
  public RuleCatalogue filter(Predicate<? super Rule> test) {
    return of(rules.stream().filter(test).collect(ImmutableList.toImmutableList()));
  }

  /** A catalogue of these rules only. */
  public RuleCatalogue only(Collection<String> ruleIds) {
    return filter(r -> ruleIds.contains(r.id()));
  }

  /** A catalogue without these rules. */
  public RuleCatalogue without(Collection<String> ruleIds) {
    return filter(r -> !ruleIds.contains(r.id()));
  }

  /**
   * The catalogue as plain data, one map per descriptor in catalogue order:
   * {@code {id, severity, reference, title: {it, en}}}, the severity in lower case as enum
   * constants are in the plan's JSON form.
   */
  public ImmutableList<ImmutableMap<String, Object>> entries() {
    return descriptors().stream()
        .map(d -> ImmutableMap.<String, Object>of(
            "id", d.id(),
            "severity", d.severity().name().toLowerCase(Locale.ROOT),
            "reference", d.reference(),
            "title", ImmutableMap.of(
                "it", d.title(Locale.ITALIAN),
                "en", d.title(Locale.ENGLISH))))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "RuleCatalogue" + descriptors.keySet();
  }
}
