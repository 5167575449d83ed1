package it.pianodizona.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Iterables;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.profile.PlanningCycle;
import it.pianodizona.rules.profile.RegionalProfile;
import it.pianodizona.rules.spi.JsonPointers;
import it.pianodizona.rules.spi.Rule;
import it.pianodizona.rules.spi.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Stream;

/**
 * Validatore: runs a catalogue of rules over a plan and returns the report.
 *
 * <p>Built once from a catalogue and options, immutable, and safe to share between threads: the
 * same plan and options always give the same report. A rule that throws becomes an INFO finding
 * {@code RULE_FAILED} at the plan's root, and the other rules still run.
 */
public final class Validator {

  private final RuleCatalogue catalogue;
  private final ValidationOptions options;
  // Resolved once: both are fixed by the options, and looking them up is not free.
  private final ImmutableList<Rule> enabled;
  private final ResourceBundle bundle;
  // The own bundles of rules that bring one (custom rules), by rule id, resolved once.
  private final ImmutableMap<String, ResourceBundle> ownBundles;

  private Validator(RuleCatalogue catalogue, ValidationOptions options) {
    Stream.concat(
            Stream.concat(options.severityOverrides().keySet().stream(), options.disabledRules().stream()),
            options.waivers().stream().map(Waiver::ruleId))
        .forEach(id -> checkArgument(catalogue.knows(id),
            "unknown rule id '%s' in the validation options", id));
    this.catalogue = catalogue;
    this.options = options;
    this.enabled = catalogue.rules().stream().filter(rule -> !options.disabledRules().contains(rule.id()))
        .collect(ImmutableList.toImmutableList());
    this.bundle = Messages.bundle(options.locale());
    ImmutableMap.Builder<String, ResourceBundle> own = ImmutableMap.builder();
    for (Rule rule : enabled) {
      Messages.own(rule.descriptor(), options.locale(), Messages.loader(rule.getClass()))
          .ifPresent(b -> own.put(rule.id(), b));
    }
    this.ownBundles = own.buildOrThrow();
  }

  public static Validator of(RuleCatalogue catalogue, ValidationOptions options) {
    return new Validator(catalogue, options);
  }

  public static Validator of(RuleCatalogue catalogue) {
    return of(catalogue, ValidationOptions.defaults());
  }

  public RuleCatalogue catalogue() {
    return catalogue;
  }

  public ValidationOptions options() {
    return options;
  }

  /** The same catalogue with other options. */
  public Validator withOptions(ValidationOptions other) {
    return of(catalogue, other);
  }

  /** The regional profile this validator judges the plan by. */
  public RegionalProfile profileFor(ZonePlan plan) {
    return options.profileFor(plan.district().region());
  }

  public ValidationReport validate(ZonePlan plan) {
    Optional<LocalDate> asOf = options.resolveAsOf();
    RegionalProfile profile = profileFor(plan);
    Optional<PlanningCycle> cycle = profile.cycleFor(plan.period());
    List<Finding> findings = new ArrayList<>();
    EngineContext.Facts facts = new EngineContext.Facts(plan);
    for (Rule rule : enabled) {
      EngineContext context = new EngineContext(rule.descriptor(), profile, cycle, asOf, options, facts);
      try {
        rule.check(plan, context);
      } catch (RuntimeException | StackOverflowError e) {
        context = failure(rule, e, profile, cycle, asOf, facts);
      }
      for (RuleContext.Draft draft : context.reported()) {
        findings.add(finding(context.rule(), draft));
      }
    }
    findings.sort(FindingOrder.INSTANCE);
    return ValidationReport.builder()
        .planId(plan.id())
        .profileId(profile.id())
        .asOf(asOf)
        .locale(bundle.getLocale())
        .findings(findings)
        .build();
  }

  private EngineContext failure(Rule rule, Throwable e, RegionalProfile profile,
      Optional<PlanningCycle> cycle, Optional<LocalDate> asOf, EngineContext.Facts facts) {
    EngineContext failed = new EngineContext(RuleCatalogue.RULE_FAILED, profile, cycle, asOf, options, facts);
    if (!options.disabledRules().contains(RuleCatalogue.RULE_FAILED.id())) {
      failed.finding(JsonPointers.ROOT)
          .with("rule", rule.id())
          .with("exception", e.getClass().getName())
          .withOptional("detail", Optional.ofNullable(e.getMessage()))
          .report();
    }
    return failed;
  }

  private Finding finding(RuleDescriptor descriptor, RuleContext.Draft draft) {
    String id = descriptor.id();
    String path = EngineContext.pathOf(draft);
    ImmutableMap<String, Object> values = EngineContext.valuesOf(draft);
    return Finding.builder()
        .ruleId(id)
        .severity(options.severityOverrides().getOrDefault(id,
            EngineContext.severityOf(draft).orElse(descriptor.severity())))
        .path(path)
        .message(Messages.message(id, EngineContext.variantOf(draft), EngineContext.messageValuesOf(draft),
            Optional.ofNullable(ownBundles.get(id)), bundle))
        .reference(EngineContext.referenceOf(draft, descriptor.reference()))
        .values(values)
        .waiver(Optional.ofNullable(Iterables.find(options.waivers(), w -> w.covers(id, path), null)))
        .build();
  }

  @Override
  public String toString() {
    return "Validator[" + catalogue.rules().size() + " rules, " + options + "]";
  }

  /** The rules this validator runs, in order. */
  public ImmutableList<Rule> rules() {
    return catalogue.rules();
  }
}
