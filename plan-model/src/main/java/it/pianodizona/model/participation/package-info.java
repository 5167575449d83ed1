/** Partecipazione: calls for expressions of interest, phases, work tables and meetings. */
@ModelStyle
package it.pianodizona.model.participation;
import it.pianodizona.model.common.ModelStyle;
