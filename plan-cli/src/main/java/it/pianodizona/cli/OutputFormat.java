package it.pianodizona.cli;

/** Formato di uscita. */
enum OutputFormat {
  text,
  json
}
