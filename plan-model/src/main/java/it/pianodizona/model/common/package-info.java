/** Tipi comuni: money, percentages, partial dates, periods and source citations shared by the model. */
@ModelStyle
package it.pianodizona.model.common;

