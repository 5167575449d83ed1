/** Territorio: regions, districts (ambiti), sub-districts, municipalities and organisations. */
@ModelStyle
package it.pianodizona.model.territory;
import it.pianodizona.model.common.ModelStyle;
