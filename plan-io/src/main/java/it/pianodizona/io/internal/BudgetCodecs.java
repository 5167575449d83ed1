package it.pianodizona.io.internal;

import static it.pianodizona.io.internal.CommonCodecs.SOURCE_REF;
import static it.pianodizona.io.internal.DateCodecs.YEAR;
import static it.pianodizona.io.internal.EnumCodecs.enumCodec;
import static it.pianodizona.io.internal.NumberCodecs.MONEY;
import static it.pianodizona.io.internal.NumberCodecs.PERCENTAGE;
import static it.pianodizona.io.internal.NumberCodecs.integer;
import static it.pianodizona.io.internal.TextCodecs.STRING;

import it.pianodizona.model.budget.Actuals;
import it.pianodizona.model.budget.ActualsLine;
import it.pianodizona.model.budget.Budget;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.budget.DeclaredShare;
import it.pianodizona.model.budget.DeclaredTotal;
import it.pianodizona.model.budget.DistrictSocialSpending;
import it.pianodizona.model.budget.FundingSource;
import it.pianodizona.model.budget.FundingSourceKind;
import it.pianodizona.model.budget.ImmutableActuals;
import it.pianodizona.model.budget.ImmutableActualsLine;
import it.pianodizona.model.budget.ImmutableBudget;
import it.pianodizona.model.budget.ImmutablePeriodAmount;
import it.pianodizona.model.budget.PeriodAmount;
import it.pianodizona.model.budget.ImmutableBudgetLine;
import it.pianodizona.model.budget.ImmutableDeclaredShare;
import it.pianodizona.model.budget.ImmutableDeclaredTotal;
import it.pianodizona.model.budget.ImmutableDistrictSocialSpending;
import it.pianodizona.model.budget.ImmutableFundingSource;
import it.pianodizona.model.budget.ShareKind;

/**
 * Codifiche del budget: funding sources, budget lines, declared figures and actuals (model package
 * {@code budget}).
 *
 * <p>Part of the mapping indexed by {@link ModelCodecs}; types are listed leaves first, because
 * each codec refers to the codecs of its fields.
 */
public final class BudgetCodecs {

  private BudgetCodecs() {}

  public static final ObjectCodec<FundingSource, ImmutableFundingSource.Builder> FUNDING_SOURCE = ObjectCodec
      .of(FundingSource.class, "Fonte di finanziamento: a fund kind and the name the document uses",
          FundingSource::builder, ImmutableFundingSource.Builder::build)
      .required("kind", FundingSource::kind, ImmutableFundingSource.Builder::kind, enumCodec(FundingSourceKind.class))
      .optional("label", FundingSource::label, ImmutableFundingSource.Builder::label, STRING)
      .optional("criterion", FundingSource::criterion, ImmutableFundingSource.Builder::criterion, STRING)
      .build();

  public static final ObjectCodec<BudgetLine, ImmutableBudgetLine.Builder> BUDGET_LINE = ObjectCodec
      .of(BudgetLine.class, "Voce di budget: what one objective gets in one year from one funding source",
          BudgetLine::builder, ImmutableBudgetLine.Builder::build)
      .optional("objectiveId", BudgetLine::objectiveId, ImmutableBudgetLine.Builder::objectiveId, STRING)
      .optional("label", BudgetLine::label, ImmutableBudgetLine.Builder::label, STRING)
      .required("year", BudgetLine::year, ImmutableBudgetLine.Builder::year, YEAR)
      .optional("fundingSource", BudgetLine::fundingSource, ImmutableBudgetLine.Builder::fundingSource, FUNDING_SOURCE)
      .optional("amount", BudgetLine::amount, ImmutableBudgetLine.Builder::amount, MONEY)
      .optional("statedAs", BudgetLine::statedAs, ImmutableBudgetLine.Builder::statedAs, STRING)
      .build();

  public static final ObjectCodec<DeclaredTotal, ImmutableDeclaredTotal.Builder> DECLARED_TOTAL = ObjectCodec
      .of(DeclaredTotal.class, "Totale dichiarato: a total as printed, for a year and optionally an objective",
          DeclaredTotal::builder, ImmutableDeclaredTotal.Builder::build)
      .required("year", DeclaredTotal::year, ImmutableDeclaredTotal.Builder::year, YEAR)
      .optional("objectiveId", DeclaredTotal::objectiveId, ImmutableDeclaredTotal.Builder::objectiveId, STRING)
      .required("amount", DeclaredTotal::amount, ImmutableDeclaredTotal.Builder::amount, MONEY)
      .optional("statedAs", DeclaredTotal::statedAs, ImmutableDeclaredTotal.Builder::statedAs, STRING)
      .build();

  public static final ObjectCodec<DistrictSocialSpending, ImmutableDistrictSocialSpending.Builder>
      DISTRICT_SOCIAL_SPENDING = ObjectCodec
          .of(DistrictSocialSpending.class, "Spesa sociale distrettuale: the district's social spending in a year",
              DistrictSocialSpending::builder, ImmutableDistrictSocialSpending.Builder::build)
          .required("year", DistrictSocialSpending::year, ImmutableDistrictSocialSpending.Builder::year, YEAR)
          .required("amount", DistrictSocialSpending::amount, ImmutableDistrictSocialSpending.Builder::amount, MONEY)
          .optional("statedAs", DistrictSocialSpending::statedAs, ImmutableDistrictSocialSpending.Builder::statedAs,
              STRING)
          .build();

  public static final ObjectCodec<DeclaredShare, ImmutableDeclaredShare.Builder> DECLARED_SHARE = ObjectCodec
      .of(DeclaredShare.class, "Quota dichiarata: a share as printed, with its decimals", DeclaredShare::builder,
          ImmutableDeclaredShare.Builder::build)
      .required("year", DeclaredShare::year, ImmutableDeclaredShare.Builder::year, YEAR)
      .required("kind", DeclaredShare::kind, ImmutableDeclaredShare.Builder::kind, enumCodec(ShareKind.class))
      .required("value", DeclaredShare::value, ImmutableDeclaredShare.Builder::value, PERCENTAGE)
      // mirrors DeclaredShare.check()
      .defaulted("decimals", DeclaredShare::decimals, ImmutableDeclaredShare.Builder::decimals, integer(0, 6))
      .optional("statedAs", DeclaredShare::statedAs, ImmutableDeclaredShare.Builder::statedAs, STRING)
      .build();

  public static final ObjectCodec<ActualsLine, ImmutableActualsLine.Builder> ACTUALS_LINE = ObjectCodec
      .of(ActualsLine.class, "Voce di consuntivo: what was spent on one item in one past year",
          ActualsLine::builder, ImmutableActualsLine.Builder::build)
      .optional("category", ActualsLine::category, ImmutableActualsLine.Builder::category, STRING)
      .required("item", ActualsLine::item, ImmutableActualsLine.Builder::item, STRING)
      .required("year", ActualsLine::year, ImmutableActualsLine.Builder::year, YEAR)
      .optional("amount", ActualsLine::amount, ImmutableActualsLine.Builder::amount, MONEY)
      .optional("statedAs", ActualsLine::statedAs, ImmutableActualsLine.Builder::statedAs, STRING)
      .build();

  public static final ObjectCodec<Actuals, ImmutableActuals.Builder> ACTUALS = ObjectCodec
      .of(Actuals.class, "Consuntivo: spending of past years by item", Actuals::builder,
          ImmutableActuals.Builder::build)
      .optional("title", Actuals::title, ImmutableActuals.Builder::title, STRING)
      .list("lines", Actuals::lines, ImmutableActuals.Builder::addLines, ACTUALS_LINE)
      .list("declaredTotals", Actuals::declaredTotals, ImmutableActuals.Builder::addDeclaredTotals, DECLARED_TOTAL)
      .optional("notes", Actuals::notes, ImmutableActuals.Builder::notes, STRING)
      .list("sources", Actuals::sources, ImmutableActuals.Builder::addSources, SOURCE_REF)
      .build();

  public static final ObjectCodec<PeriodAmount, ImmutablePeriodAmount.Builder> PERIOD_AMOUNT = ObjectCodec
      .of(PeriodAmount.class, "Importo per l'intero periodo: an amount stated for a span of years, not by year "
          + "(schema 1.1)", PeriodAmount::builder, ImmutablePeriodAmount.Builder::build)
      .required("period", PeriodAmount::period, ImmutablePeriodAmount.Builder::period, CommonCodecs.PLAN_PERIOD)
      .optional("objectiveId", PeriodAmount::objectiveId, ImmutablePeriodAmount.Builder::objectiveId, STRING)
      .optional("label", PeriodAmount::label, ImmutablePeriodAmount.Builder::label, STRING)
      .optional("fundingSource", PeriodAmount::fundingSource, ImmutablePeriodAmount.Builder::fundingSource,
          FUNDING_SOURCE)
      .optional("amount", PeriodAmount::amount, ImmutablePeriodAmount.Builder::amount, MONEY)
      .optional("statedAs", PeriodAmount::statedAs, ImmutablePeriodAmount.Builder::statedAs, STRING)
      .list("sources", PeriodAmount::sources, ImmutablePeriodAmount.Builder::addSources, SOURCE_REF)
      .build();

  public static final ObjectCodec<Budget, ImmutableBudget.Builder> BUDGET = ObjectCodec
      .of(Budget.class, "Budget / risorse: lines by objective, year and funding source, with declared figures",
          Budget::builder, ImmutableBudget.Builder::build)
      .list("lines", Budget::lines, ImmutableBudget.Builder::addLines, BUDGET_LINE)
      .list("declaredTotals", Budget::declaredTotals, ImmutableBudget.Builder::addDeclaredTotals, DECLARED_TOTAL)
      .list("districtSocialSpending", Budget::districtSocialSpending,
          ImmutableBudget.Builder::addDistrictSocialSpending, DISTRICT_SOCIAL_SPENDING)
      .list("declaredShares", Budget::declaredShares, ImmutableBudget.Builder::addDeclaredShares, DECLARED_SHARE)
      .optional("actuals", Budget::actuals, ImmutableBudget.Builder::actuals, ACTUALS)
      .list("periodLines", Budget::periodLines, ImmutableBudget.Builder::addPeriodLines, PERIOD_AMOUNT)
      .list("periodTotals", Budget::periodTotals, ImmutableBudget.Builder::addPeriodTotals, PERIOD_AMOUNT)
      .optional("notes", Budget::notes, ImmutableBudget.Builder::notes, STRING)
      .list("sources", Budget::sources, ImmutableBudget.Builder::addSources, SOURCE_REF)
      .build();
}
