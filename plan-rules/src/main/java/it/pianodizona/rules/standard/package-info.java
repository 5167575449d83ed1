/**
 * Catalogo standard: the rules of every family assembled into one catalogue, and validators
 * built on it.
 */
package it.pianodizona.rules.standard;
