/**
 * Riga di comando {@code pdz} dei Piani di Zona: validates, formats and exports zone plans from
 * the shell, Italian first, and writes validation reports as text, JSON and CSV.
 */
module it.pianodizona.cli {
  requires it.pianodizona.model;
  requires it.pianodizona.rules;
  requires it.pianodizona.io;
  requires it.pianodizona.monitor;
  requires it.pianodizona.diff;
  requires it.pianodizona.overview;
  requires it.pianodizona.report;
  requires it.pianodizona.registry;
  requires info.picocli;
  requires com.fasterxml.jackson.databind;

  exports it.pianodizona.cli;
  exports it.pianodizona.cli.report;

  // picocli fills the commands' fields by reflection.
  opens it.pianodizona.cli to info.picocli;
}
