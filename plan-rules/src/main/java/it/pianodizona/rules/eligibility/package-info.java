/**
 * Ammissibilità: who signs the programme agreement (the member municipalities, the health
 * authority, in Lombardia 2021-2023 the healthcare trust: public bodies only) and who may adhere
 * to it (third-sector entities of CTS art. 4, enrolled in the RUNTS, that took part in drawing
 * up the plan).
 */
package it.pianodizona.rules.eligibility;
