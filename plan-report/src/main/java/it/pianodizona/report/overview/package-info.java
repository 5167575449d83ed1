/**
 * Quadro d'insieme in HTML: {@link it.pianodizona.report.overview.OverviewReport} maps an
 * {@link it.pianodizona.overview.Overview} onto the neutral
 * {@link it.pianodizona.report.ReportDocument} the renderer writes as one self-contained page.
 */
package it.pianodizona.report.overview;
