/** Piano di Zona: the plan root, its status lifecycle and the counts a document declares. */
@ModelStyle
package it.pianodizona.model;
import it.pianodizona.model.common.ModelStyle;
