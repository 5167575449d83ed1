/**
 * Modello del Piano di Zona: the immutable domain model of an Italian social zone plan
 * (L. 328/2000 art. 19). Pure Java: no JSON, no I/O, no clock.
 */
module it.pianodizona.model {
  requires transitive com.google.common;
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports it.pianodizona.model;
  exports it.pianodizona.model.common;
  exports it.pianodizona.model.territory;
  exports it.pianodizona.model.participation;
  exports it.pianodizona.model.policy;
  exports it.pianodizona.model.objective;
  exports it.pianodizona.model.budget;
  exports it.pianodizona.model.governance;
  exports it.pianodizona.model.agreement;
  exports it.pianodizona.model.monitoring;
  exports it.pianodizona.model.leps;
}
