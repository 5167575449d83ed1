/**
 * Territorio: the district's member municipalities checked against ISTAT's list of
 * municipalities (plan-registry): codes that name no municipality, names that are not the
 * code's, members outside the plan's region, a municipality listed twice, and municipalities
 * that sign or adhere to the agreement without being members of the district.
 */
package it.pianodizona.rules.territory;
