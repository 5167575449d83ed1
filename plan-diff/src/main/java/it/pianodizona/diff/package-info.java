/**
 * Confronto tra versioni del Piano di Zona: {@link it.pianodizona.diff.PlanDiff} compares two
 * plans through their canonical JSON form, {@link it.pianodizona.diff.FindingsDiff} compares
 * their validation reports, {@link it.pianodizona.diff.DiffJson} and
 * {@link it.pianodizona.diff.DiffText} write the result for machines and for people.
 */
package it.pianodizona.diff;
