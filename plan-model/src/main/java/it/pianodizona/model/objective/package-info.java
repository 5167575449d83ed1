/** Obiettivi: objectives, actions, referents, milestones, indicators and previous-plan outcomes. */
@ModelStyle
package it.pianodizona.model.objective;
import it.pianodizona.model.common.ModelStyle;
