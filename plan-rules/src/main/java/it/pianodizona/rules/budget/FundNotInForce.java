package it.pianodizona.rules.budget;

import static it.pianodizona.rules.spi.PlanFields.BUDGET;
import static it.pianodizona.rules.spi.PlanFields.FUNDING_SOURCE;
import static it.pianodizona.rules.spi.PlanFields.LINES;
import static it.pianodizona.rules.spi.PlanFields.PERIOD_LINES;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.budget.PeriodAmount;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.codelist.Fund;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import it.pianodizona.model.budget.FundingSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A budget line names a fund in a year in which the fund did not exist (e.g. the Fondo Povertà
 * before 2016, L. 208/2015 c.386), by the codelist {@code funds.properties}. A WARNING: a wrong
 * year or a wrong fund; the finding cites the fund's own act and the years are marked to verify
 * where the codelist says so. A line for a span of years (schema 1.1) is reported only where the
 * fund existed in none of them: a triennial amount of a fund born in the second year is possible.
 */
final class FundNotInForce extends AbstractRule {

  FundNotInForce() {
    super("FUND_NOT_IN_FORCE", RuleFamily.BUDGET, Severity.WARNING,
        "L. 328/2000 art. 20; L. 208/2015 art. 1 c.386; L. 296/2006 art. 1 c.1264");
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    // A plan names the same few sources on many lines (one a year): match each source once.
    Map<FundingSource, Optional<Fund>> funds = new HashMap<>();
    List<BudgetLine> lines = plan.budget().lines();
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine line = lines.get(i);
      if (line.fundingSource().isEmpty()) {
        continue;
      }
      int index = i;
      funds.computeIfAbsent(line.fundingSource().get(), Fund::named).filter(f -> !f.existedIn(line.year())).ifPresent(fund ->
          context.finding(Pointer.root().field(BUDGET).item(LINES, index).field(FUNDING_SOURCE))
              .with("fund", fund.name())
              .with("year", line.year())
              .with("years", fund.years())
              .reference(fund.citation())
              .report());
    }
    List<PeriodAmount> periodLines = plan.budget().periodLines();
    for (int i = 0; i < periodLines.size(); i++) {
      PeriodAmount line = periodLines.get(i);
      if (line.fundingSource().isEmpty()) {
        continue;
      }
      int index = i;
      funds.computeIfAbsent(line.fundingSource().get(), Fund::named)
          .filter(f -> line.period().years().stream().noneMatch(f::existedIn))
          .ifPresent(fund -> context.finding(Pointer.root().field(BUDGET).item(PERIOD_LINES, index).field(FUNDING_SOURCE))
              .with("fund", fund.name())
              .with("span", line.period())
              .with("years", fund.years())
              .reference(fund.citation())
              .variant("periodLine")
              .report());
    }
  }
}
