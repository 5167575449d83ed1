/**
 * Motore di validazione: findings, reports, the immutable {@link it.pianodizona.rules.Validator},
 * validation options (as-of date, locale, regional profile, severity overrides, waivers) and the
 * rule catalogue as data. The API for writing rules is in {@code it.pianodizona.rules.spi}, the
 * regional profiles in {@code it.pianodizona.rules.profile}.
 *
 * <p>The rules themselves live in one package per family ({@code deadlines},
 * {@code eligibility}, {@code budget}, {@code governance}, {@code indicators},
 * {@code integrity}); {@link it.pianodizona.rules.standard.StandardRules} assembles them.
 */
@ModelStyle
package it.pianodizona.rules;

import it.pianodizona.model.common.ModelStyle;
