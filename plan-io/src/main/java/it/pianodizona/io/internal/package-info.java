/**
 * Meccanismo della mappatura: the codecs that map each model type to JSON and back, the
 * canonical writer and the schema generator. Not API: use {@link it.pianodizona.io.PlanJson}.
 */
package it.pianodizona.io.internal;
