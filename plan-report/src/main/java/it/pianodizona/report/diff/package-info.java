/**
 * Confronto tra versioni in HTML: maps a {@link it.pianodizona.diff.PlanDiff} (and optionally a
 * {@link it.pianodizona.diff.FindingsDiff}) onto the neutral
 * {@link it.pianodizona.report.ReportDocument}.
 */
package it.pianodizona.report.diff;
