/** Risorse: budget lines, declared totals, district social spending, shares and past actuals. */
@ModelStyle
package it.pianodizona.model.budget;
import it.pianodizona.model.common.ModelStyle;
