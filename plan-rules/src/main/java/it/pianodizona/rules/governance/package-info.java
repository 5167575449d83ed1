/**
 * Governance: members against the declared seat rules (per sub-district, per municipality, per
 * kind of organisation, chair), the single decision body, and meetings against a body's
 * declared cadence.
 */
package it.pianodizona.rules.governance;
