/**
 * Monitoraggio: the assessment engine ({@link it.pianodizona.monitor.MonitoringAssessor}), its
 * immutable result ({@link it.pianodizona.monitor.MonitoringReport}) and the text writer.
 */
@ModelStyle
package it.pianodizona.monitor;
import it.pianodizona.model.common.ModelStyle;
