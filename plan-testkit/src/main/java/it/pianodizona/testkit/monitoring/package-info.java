/**
 * Monitoraggi generati: monitoring documents consistent with a generated plan (jqwik), and
 * mutators that put exactly one defect into one, named as the monitoring finding it must cause.
 */
package it.pianodizona.testkit.monitoring;
