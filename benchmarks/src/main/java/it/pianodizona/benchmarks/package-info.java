/**
 * Banco di prova: JMH benchmarks of reading and validating zone plans, measured against the
 * floor of any JSON path (Jackson's tree) and against JSON Schema validation with networknt,
 * on synthetic plans scaled from the real Crema 2015-2017 plan.
 */
package it.pianodizona.benchmarks;
