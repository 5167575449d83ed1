/**
 * Registro territoriale: every Italian municipality (comune) with its ISTAT code, official name,
 * province, region and census population, shipped as data in the jar (Fonte: ISTAT).
 */
module it.pianodizona.registry {
  requires transitive it.pianodizona.model;

  exports it.pianodizona.registry;
}
