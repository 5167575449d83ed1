/** Governance: governance bodies with their seat rules, members, cadence and powers. */
@ModelStyle
package it.pianodizona.model.governance;
import it.pianodizona.model.common.ModelStyle;
