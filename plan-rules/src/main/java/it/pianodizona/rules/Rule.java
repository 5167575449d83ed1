package it.pianodizona.rules;

/**
 * Regola: moved to {@link it.pianodizona.rules.spi.Rule}; a rule implementing this name is a
 * {@code spi.Rule} and goes into a {@link RuleCatalogue} as before.
 *
 * @deprecated since 0.1.0, implement {@link it.pianodizona.rules.spi.Rule}; this interface will be
 *     removed in 1.0.
 */
@Deprecated(since = "0.1.0", forRemoval = true)
public interface Rule extends it.pianodizona.rules.spi.Rule {}
