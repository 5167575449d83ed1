/**
 * Integrità: ids are unique, every reference resolves (objective to table, referent to
 * organisation, meeting to table, budget line to objective, ...), declared counts equal listed
 * counts, and the elements L. 328/2000 art. 19 c.1 requires are present.
 */
package it.pianodizona.rules.integrity;
