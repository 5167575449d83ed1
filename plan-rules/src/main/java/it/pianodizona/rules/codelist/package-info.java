/**
 * Codelist nel tempo: the funds a budget line can name and the kinds of health body by region,
 * each with the period it existed and its citation, read from the resources beside this package
 * ({@code funds.properties}, {@code health-bodies.properties}); values not confirmed from a source
 * are listed as to verify.
 */
package it.pianodizona.rules.codelist;
