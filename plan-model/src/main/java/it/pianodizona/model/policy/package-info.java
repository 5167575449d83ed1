/** Quadro delle politiche: target groups, policy areas, regional strategic areas and the priority matrix. */
@ModelStyle
package it.pianodizona.model.policy;
import it.pianodizona.model.common.ModelStyle;
