package it.pianodizona.report;

/**
 * Blocco di contenuto: one element of a section, in reading order. The renderer knows the
 * kinds in this package: {@link Paragraph}, {@link KeyFigureList}, {@link Table},
 * {@link BarChart}, {@link Note} and {@link WordDiff}.
 */
public interface Block {}
