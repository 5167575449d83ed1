package com.example.pdz;

import com.google.common.collect.ImmutableList;
import it.pianodizona.rules.RuleCatalogue;
import it.pianodizona.rules.ValidationOptions;
import it.pianodizona.rules.Validator;
import it.pianodizona.rules.spi.Rule;
import it.pianodizona.rules.standard.StandardRules;
import java.time.LocalDate;
import java.util.Locale;

/** The standard rules and the district's own rule, in one validator. */
public final class DistrictValidation {

  private DistrictValidation() {}

  public static Validator validator(LocalDate asOf, Locale locale) {
    RuleCatalogue catalogue = RuleCatalogue.of(ImmutableList.<Rule>builder()
        .addAll(StandardRules.catalogue().rules())
        .add(new ObjectiveWithoutReferent())
        .build());
    return Validator.of(catalogue, ValidationOptions.builder().asOf(asOf).locale(locale).build());
  }
}
