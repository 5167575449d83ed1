/**
 * Registro territoriale: every Italian municipality (comune) with its ISTAT code, official name,
 * province, region and census population ({@link it.pianodizona.registry.MunicipalityRegistry}).
 * Fonte: ISTAT (CC BY 4.0); the sources and dates are in {@code META-INF/NOTICE} of the jar.
 */
package it.pianodizona.registry;
