/**
 * Profili regionali: the regional law a plan answers to, as data that rules read: the
 * standard profiles ({@link it.pianodizona.rules.profile.RegionalProfiles}: national, Lombardia,
 * Puglia, Emilia-Romagna), a {@link it.pianodizona.rules.profile.RegionalProfile} and its
 * {@link it.pianodizona.rules.profile.PlanningCycle}s.
 */
@ModelStyle
package it.pianodizona.rules.profile;

import it.pianodizona.model.common.ModelStyle;
