/**
 * Documento di rapporto: the neutral, immutable report document and its HTML renderer.
 *
 * <p>A {@link it.pianodizona.report.ReportDocument} knows nothing of plans, monitoring or
 * overviews; mappings from those results live in subpackages (for example
 * {@code it.pianodizona.report.monitoring}) so that this package depends on no other module of
 * the project.
 */
@ReportStyle
package it.pianodizona.report;
