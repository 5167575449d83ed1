/**
 * Lettura e scrittura JSON del Piano di Zona: reads zone plans from JSON with located errors,
 * writes them in canonical form, ships the JSON Schema and exports budgets as CSV.
 *
 * <p>The entry point is {@link it.pianodizona.io.PlanJson}; integrators with their own
 * {@code ObjectMapper} register {@link it.pianodizona.io.PlanModule}.
 */
module it.pianodizona.io {
  requires transitive it.pianodizona.model;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports it.pianodizona.io;
}
