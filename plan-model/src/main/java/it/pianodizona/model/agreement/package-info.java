/** Accordo di programma: the programme agreement, its signatories and its adherents. */
@ModelStyle
package it.pianodizona.model.agreement;
import it.pianodizona.model.common.ModelStyle;
