package it.pianodizona.overview;

import com.google.common.collect.ImmutableList;
import it.pianodizona.io.CsvDialect;
import it.pianodizona.model.common.Money;
import it.pianodizona.rules.Severity;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Quadro d'insieme in CSV: one line per plan file, in either {@link CsvDialect} (RFC 4180 for
 * programs, or Excel in Italian: semicolons, decimal commas, a byte-order mark). Column names
 * are stable English identifiers; a blank cell is an unknown figure, never zero; text cells are
 * neutralised against spreadsheet formulas.
 */
public final class OverviewCsv {

  /** The column names, in order. */
  public static final ImmutableList<String> HEADER = ImmutableList.of(
      "source", "plan_id", "region", "district", "period_start", "period_end", "status",
      "municipalities_declared", "municipalities_listed", "population", "population_basis",
      "budget_total", "budget_per_year", "budget_per_inhabitant", "budget_by_year", "budget_years_unknown",
      "objectives", "indicators", "policy_areas", "target_groups", "governance_bodies",
      "agreement", "signature_date", "errors", "warnings", "infos", "findings_by_rule", "read_error");

  private OverviewCsv() {}

  /** Writes the rows of the overview; read errors in the language of {@code locale}. */
  public static void write(Overview overview, CsvDialect dialect, Locale locale, Writer out) throws IOException {
    List<List<String>> lines = new ArrayList<>();
    for (PlanRow row : overview.rows()) {
      lines.add(line(row, dialect, locale));
    }
    dialect.write(HEADER, lines, out);
  }

  static List<String> line(PlanRow r, CsvDialect d, Locale locale) {
    List<String> cells = new ArrayList<>(HEADER.size());
    cells.add(CsvDialect.text(r.source()));
    cells.add(text(r.planId()));
    cells.add(text(r.region().map(OverviewJson::code)));
    cells.add(text(r.districtName()));
    cells.add(text(r.period().map(p -> p.start().toString())));
    cells.add(text(r.period().map(p -> p.end().toString())));
    cells.add(text(r.status().map(OverviewJson::code)));
    if (!r.isReadable()) {
      while (cells.size() < HEADER.size() - 1) {
        cells.add("");
      }
      cells.add(CsvDialect.text(r.failure().get().location() + ": " + r.failure().get().message(locale)));
      return cells;
    }
    cells.add(r.municipalitiesDeclared().map(String::valueOf).orElse(""));
    cells.add(String.valueOf(r.municipalitiesListed()));
    cells.add(r.population().map(String::valueOf).orElse(""));
    cells.add(text(r.populationBasis().map(OverviewJson::code)));
    cells.add(money(r.budgetTotal(), d));
    cells.add(money(r.budgetPerYear(), d));
    cells.add(money(r.budgetPerInhabitant(), d));
    cells.add(CsvDialect.text(r.budgetByYear().entrySet().stream()
        .map(e -> e.getKey() + "=" + d.number(e.getValue().amount())).collect(Collectors.joining(" "))));
    cells.add(r.budgetYearsUnknown().stream().map(String::valueOf).collect(Collectors.joining(" ")));
    cells.add(String.valueOf(r.objectives()));
    cells.add(String.valueOf(r.indicators()));
    cells.add(CsvDialect.text(counts(r.objectivesByPolicyArea())));
    cells.add(CsvDialect.text(counts(r.objectivesByTargetGroup())));
    cells.add(String.valueOf(r.governanceBodies()));
    cells.add(OverviewJson.code(r.agreementState()));
    cells.add(text(r.signatureDate().map(Object::toString)));
    cells.add(String.valueOf(r.findings(Severity.ERROR)));
    cells.add(String.valueOf(r.findings(Severity.WARNING)));
    cells.add(String.valueOf(r.findings(Severity.INFO)));
    cells.add(CsvDialect.text(counts(r.findingsByRule())));
    cells.add("");
    return cells;
  }

  private static String counts(Map<String, Integer> counts) {
    return counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" | "));
  }

  private static String text(Optional<String> value) {
    return value.map(CsvDialect::text).orElse("");
  }

  private static String money(Optional<Money> value, CsvDialect d) {
    return value.map(Money::amount).map(d::number).orElse("");
  }

  static String number(Optional<BigDecimal> value, CsvDialect d) {
    return value.map(d::number).orElse("");
  }
}
