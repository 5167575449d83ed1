/** Riga di comando {@code pdz}: validate, format and export zone plans from the shell. */
package it.pianodizona.cli;
