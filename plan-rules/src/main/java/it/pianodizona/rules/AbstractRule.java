package it.pianodizona.rules;

/**
 * Regola di base: moved to {@link it.pianodizona.rules.spi.AbstractRule}; a rule written against
 * this name still compiles and runs.
 *
 * @deprecated since 0.1.0, extend {@link it.pianodizona.rules.spi.AbstractRule}; this class will
 *     be removed in 1.0.
 */
@Deprecated(since = "0.1.0", forRemoval = true)
@SuppressWarnings("removal") // it implements the old Rule so that old rules still go into catalogues
public abstract class AbstractRule extends it.pianodizona.rules.spi.AbstractRule implements Rule {

  protected AbstractRule(String id, RuleFamily family, Severity severity, String reference) {
    super(id, family, severity, reference);
  }
}
