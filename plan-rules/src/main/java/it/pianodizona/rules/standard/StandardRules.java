package it.pianodizona.rules.standard;

import com.google.common.collect.ImmutableList;
import it.pianodizona.rules.RuleCatalogue;
import it.pianodizona.rules.ValidationOptions;
import it.pianodizona.rules.Validator;
import it.pianodizona.rules.budget.BudgetRules;
import it.pianodizona.rules.deadlines.DeadlineRules;
import it.pianodizona.rules.eligibility.EligibilityRules;
import it.pianodizona.rules.governance.GovernanceRules;
import it.pianodizona.rules.indicators.IndicatorRules;
import it.pianodizona.rules.integrity.IntegrityRules;
import it.pianodizona.rules.leps.LepsRules;
import it.pianodizona.rules.spi.Rule;
import it.pianodizona.rules.territory.TerritoryRules;

/**
 * Regole standard: the complete catalogue of the toolkit's rules, family by family (integrity,
 * deadlines, eligibility, budget, governance, indicators), and validators that run it.
 *
 * <pre>{@code
 * ValidationReport report = StandardRules.validator(ValidationOptions.builder()
 *     .asOf(LocalDate.of(2016, 6, 30)).locale(Locale.ENGLISH).build()).validate(plan);
 * }</pre>
 */
public final class StandardRules {

  private static final RuleCatalogue CATALOGUE = RuleCatalogue.of(ImmutableList.<Rule>builder()
      .addAll(IntegrityRules.all())
      .addAll(TerritoryRules.all())
      .addAll(DeadlineRules.all())
      .addAll(EligibilityRules.all())
      .addAll(BudgetRules.all())
      .addAll(GovernanceRules.all())
      .addAll(IndicatorRules.all())
      .addAll(LepsRules.all())
      .build());

  private StandardRules() {}

  /** Every standard rule, in catalogue order. */
  public static RuleCatalogue catalogue() {
    return CATALOGUE;
  }

  /** A validator of every standard rule with the default options (Italian, no as-of date). */
  public static Validator validator() {
    return Validator.of(CATALOGUE);
  }

  public static Validator validator(ValidationOptions options) {
    return Validator.of(CATALOGUE, options);
  }
}
