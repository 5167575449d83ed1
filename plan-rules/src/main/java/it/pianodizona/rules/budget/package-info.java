/**
 * Coerenza del budget: budget lines against the declared totals per year and per objective,
 * declared shares against the figures they are computed from, targets stated on budget figures
 * against the budget, years without a budget, negative amounts and the past actuals.
 */
package it.pianodizona.rules.budget;
