/**
 * Motore di validazione: findings, reports, the immutable {@link it.pianodizona.rules.Validator},
 * validation options (as-of date, locale, regional profile, severity overrides, waivers), the
 * regional profiles and the rule catalogue as data.
 *
 * <p>The rules themselves live in one package per family ({@code deadlines},
 * {@code eligibility}, {@code budget}, {@code governance}, {@code indicators},
 * {@code integrity}); {@link it.pianodizona.rules.standard.StandardRules} assembles them.
 */
@ModelStyle
package it.pianodizona.rules;

import it.pianodizona.model.common.ModelStyle;
