/**
 * Confronto tra versioni del Piano di Zona: a semantic diff of two plans (changes matched by id
 * or by code, budget deltas, word-by-word text changes, RFC 6902 JSON Patch) and of their
 * validation findings.
 *
 * <p>The entry points are {@link it.pianodizona.diff.PlanDiff} and
 * {@link it.pianodizona.diff.FindingsDiff}.
 */
module it.pianodizona.diff {
  requires transitive it.pianodizona.model;
  requires transitive it.pianodizona.rules;
  requires it.pianodizona.io;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.google.common;
  requires io.github.javadiffutils;

  exports it.pianodizona.diff;
}
