package it.pianodizona.rules.budget;

import static it.pianodizona.rules.spi.PlanFields.BUDGET;
import static it.pianodizona.rules.spi.PlanFields.DECLARED_SHARES;
import static it.pianodizona.rules.spi.PlanFields.VALUE;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.DeclaredShare;
import it.pianodizona.model.budget.ShareKind;
import it.pianodizona.model.common.Money;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A printed share equals the figures it is computed from, rounded as the document rounds it:
 * "(%) gestione associativa 45%" is the year's total over the district social spending,
 * 44.81% printed without decimals. Shares whose figures are not in the plan are not judged.
 */
final class DeclaredShareMismatch extends AbstractRule {

  DeclaredShareMismatch() {
    super("DECLARED_SHARE_MISMATCH", RuleFamily.BUDGET, Severity.ERROR, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    BudgetFigures figures = context.fact(BudgetFigures.FACT);
    List<DeclaredShare> shares = plan.budget().declaredShares();
    for (int i = 0; i < shares.size(); i++) {
      DeclaredShare share = shares.get(i);
      if (share.kind() != ShareKind.JOINTLY_MANAGED) {
        continue;
      }
      Optional<Money> total = figures.total(share.year());
      Optional<Money> spending = figures.socialSpending(share.year());
      if (total.isEmpty() || spending.isEmpty() || spending.get().amount().signum() == 0) {
        continue;
      }
      BigDecimal computed = Amounts.percentage(total.get(), spending.get(), share.decimals());
      BigDecimal declared = share.value().value();
      if (computed.subtract(declared).abs().compareTo(context.shareTolerance()) > 0) {
        context.finding(Pointer.root().field(BUDGET).item(DECLARED_SHARES, i).field(VALUE))
            .with("year", share.year())
            .with("expected", computed)
            .with("actual", declared)
            .with("exact", Amounts.percentage(total.get(), spending.get(), 2))
            .with("total", total.get())
            .with("spending", spending.get())
            .with("tolerance", context.shareTolerance())
            .report();
      }
    }
  }
}
