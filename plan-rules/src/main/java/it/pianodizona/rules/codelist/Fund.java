package it.pianodizona.rules.codelist;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import it.pianodizona.model.budget.FundingSource;
import it.pianodizona.model.budget.FundingSourceKind;
import java.time.Year;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Fondo nel tempo: a fund a budget line can name, with the years it existed and the act that
 * created it; {@link #all()} reads them from {@code funds.properties}.
 *
 * @param kinds the model's funding-source kinds that name the fund
 * @param label where given, a line names the fund only if its label matches
 * @param toVerify the values not yet confirmed from a source
 */
public record Fund(String id, String name, ImmutableSet<FundingSourceKind> kinds, Optional<Pattern> label,
    Optional<Year> from, Optional<Year> until, String citation, ImmutableSet<String> toVerify) {

  private static final ImmutableList<Fund> ALL = load();

  /** Every fund of the codelist, in its order. */
  public static ImmutableList<Fund> all() {
    return ALL;
  }

  /** The fund of the codelist a funding source names, if any. */
  public static Optional<Fund> named(FundingSource source) {
    return ALL.stream().filter(f -> f.names(source)).findFirst();
  }

  /** Whether {@code source} names this fund. */
  public boolean names(FundingSource source) {
    if (!kinds.contains(source.kind())) {
      return false;
    }
    return label.map(p -> source.label().map(l -> p.matcher(l).matches()).orElse(false)).orElse(true);
  }

  /** Whether the fund existed in {@code year}; true where the codelist gives no bound. */
  public boolean existedIn(Year year) {
    return from.map(f -> !year.isBefore(f)).orElse(true) && until.map(u -> !year.isAfter(u)).orElse(true);
  }

  /** "2016-" or "2021-2026". */
  public String years() {
    return from.map(Year::toString).orElse("") + "-" + until.map(Year::toString).orElse("");
  }

  private static ImmutableList<Fund> load() {
    Properties p = Resources.load("funds.properties");
    ImmutableList.Builder<Fund> funds = ImmutableList.builder();
    for (String id : Resources.list(p, "funds")) {
      funds.add(new Fund(id, Resources.required(p, id + ".name"),
          Resources.list(p, id + ".kinds").stream().map(k -> Resources.constant(FundingSourceKind.class, k)).collect(ImmutableSet.toImmutableSet()),
          Resources.text(p, id + ".label").map(Pattern::compile),
          Resources.text(p, id + ".from").map(Year::parse),
          Resources.text(p, id + ".until").map(Year::parse),
          Resources.required(p, id + ".citation"),
          ImmutableSet.copyOf(Resources.list(p, id + ".verify"))));
    }
    return funds.build();
  }
}
