package it.pianodizona.rules.spi;

import it.pianodizona.rules.RuleDescriptor;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;

/** Regola di base: holds the descriptor, so that a rule class only states its check. */
public abstract class AbstractRule implements Rule {

  private final RuleDescriptor descriptor;

  protected AbstractRule(String id, RuleFamily family, Severity severity, String reference) {
    this.descriptor = RuleDescriptor.of(id, family, severity, reference);
  }

  /**
   * A rule with its own message bundle (Italian and English), for rules outside the standard
   * catalogue: {@code messageBundle} is a base name such as {@code com.example.rules.messages}; see
   * {@link RuleDescriptor#messageBundle()} and docs/CUSTOM-RULES.md.
   */
  protected AbstractRule(String id, RuleFamily family, Severity severity, String reference, String messageBundle) {
    this.descriptor = RuleDescriptor.of(id, family, severity, reference, messageBundle);
  }

  @Override
  public final RuleDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public String toString() {
    return descriptor.id();
  }
}
