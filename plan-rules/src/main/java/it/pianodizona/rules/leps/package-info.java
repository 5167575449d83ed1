/**
 * Regole sui LEPS: the essential levels of social services in force since 2021 (L. 178/2020
 * c.797-802, Piano nazionale degli interventi e dei servizi sociali 2021-2023, L. 234/2021
 * c.159-171): social workers per inhabitants, and the levels the plan's actions provide.
 */
package it.pianodizona.rules.leps;
