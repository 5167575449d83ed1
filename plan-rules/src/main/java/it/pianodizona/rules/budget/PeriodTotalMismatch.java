package it.pianodizona.rules.budget;

import static it.pianodizona.rules.spi.PlanFields.AMOUNT;
import static it.pianodizona.rules.spi.PlanFields.BUDGET;
import static it.pianodizona.rules.spi.PlanFields.PERIOD_TOTALS;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.Budget;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.budget.PeriodAmount;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.common.PlanPeriod;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Totale di periodo incoerente: a total the document prints for a span of years ("18.456.474,21
 * euro per il triennio"), for the whole plan or one objective, differs from the lines it totals:
 * the yearly lines of its years and the period lines inside its span, of its objective if it
 * names one. Like with like: the total is judged only where the lines cover its span (a line in
 * every year, or a period line for the whole span) and every amount compared is known; a blank is
 * unknown, never zero, so a total with a blank line is not called wrong.
 */
final class PeriodTotalMismatch extends AbstractRule {

  PeriodTotalMismatch() {
    super("PERIOD_TOTAL_MISMATCH", RuleFamily.BUDGET, Severity.ERROR, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    Budget budget = plan.budget();
    List<PeriodAmount> totals = budget.periodTotals();
    for (int t = 0; t < totals.size(); t++) {
      PeriodAmount total = totals.get(t);
      if (total.amount().isEmpty()) {
        continue;
      }
      int index = t;
      sumOfLines(budget, total).filter(sum -> Amounts.differ(sum, total.amount().get(), context.moneyTolerance()))
          .ifPresent(sum -> context.finding(Pointer.root().field(BUDGET).item(PERIOD_TOTALS, index).field(AMOUNT))
              .with("period", total.period())
              .with("expected", total.amount().get())
              .with("actual", sum)
              .with("difference", sum.minus(total.amount().get()))
              .with("tolerance", context.moneyTolerance())
              .report());
    }
  }

  /** The sum of the lines the total covers; empty where they do not cover its span or an amount is blank. */
  private static Optional<Money> sumOfLines(Budget budget, PeriodAmount total) {
    PlanPeriod span = total.period();
    List<Optional<Money>> amounts = new ArrayList<>();
    List<Year> yearsWithLines = new ArrayList<>();
    boolean wholeSpanLine = false;
    for (BudgetLine line : budget.lines()) {
      if (span.years().contains(line.year()) && sameObjective(total, line.objectiveId())) {
        amounts.add(line.amount());
        yearsWithLines.add(line.year());
      }
    }
    for (PeriodAmount line : budget.periodLines()) {
      if (!line.period().start().isBefore(span.start()) && !line.period().end().isAfter(span.end())
          && sameObjective(total, line.objectiveId())) {
        amounts.add(line.amount());
        wholeSpanLine |= line.period().equals(span);
      }
    }
    boolean covered = wholeSpanLine || yearsWithLines.containsAll(span.years());
    if (!covered || amounts.isEmpty() || amounts.stream().anyMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    return Optional.of(amounts.stream().map(Optional::get).reduce(Money.ZERO, Money::plus));
  }

  private static boolean sameObjective(PeriodAmount total, Optional<String> objectiveId) {
    return total.objectiveId().isEmpty() || total.objectiveId().equals(objectiveId);
  }
}
