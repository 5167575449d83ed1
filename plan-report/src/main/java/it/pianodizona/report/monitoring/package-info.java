/**
 * Rapporto di monitoraggio in HTML: maps a {@link it.pianodizona.monitor.MonitoringReport} onto
 * the neutral {@link it.pianodizona.report.ReportDocument}, which
 * {@link it.pianodizona.report.ReportRenderer} turns into the page.
 */
package it.pianodizona.report.monitoring;
