/**
 * Monitoraggio del Piano di Zona: the yearly monitoring data of an approved plan, kept apart
 * from the plan itself: indicator measurements, actual spending, the state of each action and
 * the staff at work. The approved plan stays unchanged; a monitoring document refers to it by id.
 */
@ModelStyle
package it.pianodizona.model.monitoring;
import it.pianodizona.model.common.ModelStyle;
