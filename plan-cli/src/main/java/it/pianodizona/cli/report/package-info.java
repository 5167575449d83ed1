/**
 * Rapporti: validation reports and read errors of several plan files as one JSON document, the
 * form {@code pdz validate --format json} prints.
 */
package it.pianodizona.cli.report;
