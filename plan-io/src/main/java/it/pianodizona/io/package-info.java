/**
 * Lettura e scrittura JSON: {@link it.pianodizona.io.PlanJson} reads and writes zone plans,
 * {@link it.pianodizona.io.PlanReader} reads with chosen limits and leniency,
 * {@link it.pianodizona.io.PlanReadException} locates what is wrong in a file,
 * {@link it.pianodizona.io.PlanModule} plugs the mapping into an integrator's
 * {@code ObjectMapper}, and {@link it.pianodizona.io.BudgetCsv} exports the budget.
 */
@ModelStyle
package it.pianodizona.io;

import it.pianodizona.model.common.ModelStyle;
