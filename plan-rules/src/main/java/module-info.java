/**
 * Regole di validazione del Piano di Zona: the validation engine and the cited rule catalogue
 * for Italian social zone plans (L. 328/2000 art. 19). Depends on the plan model only.
 */
module it.pianodizona.rules {
  requires transitive it.pianodizona.model;
  requires it.pianodizona.registry;
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports it.pianodizona.rules;
  exports it.pianodizona.rules.profile;
  exports it.pianodizona.rules.spi;
  exports it.pianodizona.rules.standard;
  exports it.pianodizona.rules.leps;
  exports it.pianodizona.rules.codelist;
}
