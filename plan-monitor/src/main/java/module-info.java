/**
 * Monitoraggio del Piano di Zona: judges an approved plan's yearly monitoring data against its
 * targets (attainment, spending execution, action completion) and writes the result as text.
 * Depends on the plan model and the rules' pointer helpers only.
 */
module it.pianodizona.monitor {
  requires transitive it.pianodizona.model;
  requires it.pianodizona.rules;
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports it.pianodizona.monitor;
}
