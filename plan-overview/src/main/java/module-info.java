/**
 * Quadro d'insieme dei Piani di Zona: many plans read, validated and summarised into one small
 * row each, with regional and national aggregates.
 */
module it.pianodizona.overview {
  requires transitive it.pianodizona.model;
  requires transitive it.pianodizona.rules;
  requires transitive it.pianodizona.io;
  requires it.pianodizona.registry;
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports it.pianodizona.overview;
}
