package it.pianodizona.examples.cli;

/** Formato di uscita. */
enum OutputFormat {
  text,
  json
}
