/**
 * Livelli essenziali delle prestazioni sociali (LEPS): the codelist of essential levels an
 * action can be tagged with, and the staffing of the district's professional social service
 * (L. 178/2020 c.797-802; Piano nazionale degli interventi e dei servizi sociali 2021-2023;
 * L. 234/2021 c.159-171).
 */
@ModelStyle
package it.pianodizona.model.leps;

import it.pianodizona.model.common.ModelStyle;
