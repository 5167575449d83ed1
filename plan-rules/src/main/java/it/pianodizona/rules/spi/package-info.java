/**
 * Interfaccia per chi scrive regole (SPI): what a rule author extends and calls, and nothing of
 * the engine's workings: {@link it.pianodizona.rules.spi.Rule} and
 * {@link it.pianodizona.rules.spi.AbstractRule}, the {@link it.pianodizona.rules.spi.RuleContext}
 * a rule reports through, shared {@link it.pianodizona.rules.spi.PlanFact}s, JSON Pointers into
 * the plan ({@link it.pianodizona.rules.spi.JsonPointers}), comparisons of partial dates
 * ({@link it.pianodizona.rules.spi.PlanDates}) and the legal citations
 * ({@link it.pianodizona.rules.spi.Citations}).
 *
 * <p>The rule families of the standard catalogue are written against this package alone (and
 * the descriptor types of the engine: {@code RuleDescriptor}, {@code RuleFamily},
 * {@code Severity}); an ArchUnit test keeps it so.
 */
@ModelStyle
package it.pianodizona.rules.spi;

import it.pianodizona.model.common.ModelStyle;
