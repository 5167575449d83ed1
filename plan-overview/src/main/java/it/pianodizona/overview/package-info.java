/**
 * Quadro regionale e nazionale: {@link it.pianodizona.overview.PlanSummariser} reads, validates
 * and summarises each plan into a {@link it.pianodizona.overview.PlanRow}, dropping the plan;
 * {@link it.pianodizona.overview.Overview} holds the rows and their aggregates by region and for
 * the nation; {@link it.pianodizona.overview.OverviewCsv} and
 * {@link it.pianodizona.overview.OverviewJson} write them.
 */
@ModelStyle
package it.pianodizona.overview;

import it.pianodizona.model.common.ModelStyle;
