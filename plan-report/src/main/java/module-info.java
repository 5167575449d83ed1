/**
 * Rapporti HTML: a neutral report document (sections, key figures, tables, bar charts, notes)
 * and its rendering as one self-contained, printable, accessible HTML file.
 *
 * <p>The monitoring report, the plan diff and the regional overview map their results onto
 * {@link it.pianodizona.report.ReportDocument} and render it with
 * {@link it.pianodizona.report.ReportRenderer}: one look, one place.
 */
module it.pianodizona.report {
  requires transitive com.google.common;
  requires gg.jte.runtime;
  requires transitive it.pianodizona.monitor;
  requires transitive it.pianodizona.diff;
  requires transitive it.pianodizona.overview;
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports it.pianodizona.report;
  exports it.pianodizona.report.monitoring;
  exports it.pianodizona.report.diff;
  exports it.pianodizona.report.overview;

  // jte finds the precompiled template classes by name and calls them reflectively.
  opens it.pianodizona.report.internal.templates to gg.jte.runtime;
}
