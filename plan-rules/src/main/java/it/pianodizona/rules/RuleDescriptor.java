package it.pianodizona.rules;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Scheda della regola: what a rule is, as data: its stable id, family, default severity and the
 * legal or documentary reference it applies. Titles and messages come from the message bundles
 * in Italian and English.
 */
@Value.Immutable
public abstract class RuleDescriptor {

  /** The stable id, upper snake case, e.g. {@code BUDGET_TOTAL_MISMATCH}. */
  public abstract String id();

  public abstract RuleFamily family();

  /** The severity a finding of this rule has unless the options override it. */
  public abstract Severity severity();

  /** The norm or document the rule applies, e.g. "L. 328/2000 art. 19 c.2". */
  public abstract String reference();

  /**
   * The base name of the rule's own message bundle, for a rule outside the standard catalogue:
   * e.g. {@code com.example.rules.messages}, with {@code messages_it.properties} and
   * {@code messages_en.properties} holding {@code RULE_ID.title} and {@code RULE_ID.message}
   * (and {@code RULE_ID.message.VARIANT}). Its keys come before the standard bundle's, which still
   * names enum values and formats dates and amounts; empty for the standard rules. See docs/CUSTOM-RULES.md.
   */
  public abstract Optional<String> messageBundle();

  public static ImmutableRuleDescriptor.Builder builder() {
    return ImmutableRuleDescriptor.builder();
  }

  public static RuleDescriptor of(String id, RuleFamily family, Severity severity, String reference) {
    return builder().id(id).family(family).severity(severity).reference(reference).build();
  }

  /** The descriptor of a rule that brings its own message bundle (see {@link #messageBundle()}). */
  public static RuleDescriptor of(String id, RuleFamily family, Severity severity, String reference,
      String messageBundle) {
    return builder().id(id).family(family).severity(severity).reference(reference).messageBundle(messageBundle)
        .build();
  }

  /** The rule's title in the given language (Italian or English; other languages get English). */
  public String title(Locale locale) {
    return Messages.title(id(), Messages.own(this, locale, Messages.loader(getClass())), locale);
  }

  @Value.Check
  protected void check() {
    checkArgument(id().matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*"),
        "a rule id is upper snake case, got '%s'", id());
    checkArgument(!reference().isBlank(), "rule %s needs a reference", id());
  }
}
