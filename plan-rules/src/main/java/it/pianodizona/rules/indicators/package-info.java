/**
 * Indicatori: every objective has an indicator; targets are well formed (min not above max,
 * percentages within 0-100, "k of n" with k not above n) and agree with their unit;
 * measurements and target dates fall inside the plan period.
 */
package it.pianodizona.rules.indicators;
