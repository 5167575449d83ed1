package it.pianodizona.testkit.mutators;

import static it.pianodizona.rules.spi.PlanFields.BUDGET;
import static it.pianodizona.rules.spi.PlanFields.FUNDING_SOURCE;
import static it.pianodizona.rules.spi.PlanFields.LINES;
import static it.pianodizona.rules.spi.PlanFields.NAME;
import static it.pianodizona.rules.spi.PlanFields.ORGANISATIONS;
import static it.pianodizona.testkit.mutators.PlanEdits.choose;
import static it.pianodizona.testkit.mutators.PlanEdits.copy;
import static it.pianodizona.testkit.mutators.PlanEdits.indexesOf;
import static it.pianodizona.testkit.mutators.PlanEdits.replace;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.budget.FundingSource;
import it.pianodizona.model.budget.FundingSourceKind;
import it.pianodizona.model.budget.ImmutableBudget;
import it.pianodizona.model.budget.ImmutableBudgetLine;
import it.pianodizona.model.territory.ImmutableOrganisation;
import it.pianodizona.model.territory.Organisation;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.spi.Pointer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Mutatori "nel tempo" (issue 15): a fund named in a year before it existed, a health body named
 * as a kind that did not exist on the plan's date.
 */
public final class InTimeMutators {

  private static final LocalDate ATS_FROM = LocalDate.of(2016, 1, 1);

  private InTimeMutators() {}

  /** The mutators of these rules, one per rule. */
  public static ImmutableList<Mutator> all() {
    return ImmutableList.of(
        Mutator.of("FUND_NOT_IN_FORCE", (plan, pick) -> LifecycleMutators.anyOf(plan, pick,
            InTimeMutators::fundNotInForce, LifecycleMutators::periodLineFundNotInForce)),
        Mutator.of("HEALTH_BODY_NOT_IN_FORCE", InTimeMutators::healthBodyNotInForce));
  }

  /**
   * A line before 2016 draws on the Fondo Povertà (L. 208/2015 c.386, from 2016); a line of 2016
   * to 2020 on the PNRR (from 2021).
   */
  private static Optional<Mutation> fundNotInForce(ZonePlan plan, int pick) {
    List<BudgetLine> lines = plan.budget().lines();
    return choose(indexesOf(lines, l -> l.year().getValue() < 2021), pick).flatMap(i -> {
      BudgetLine line = lines.get(i);
      FundingSource fund = line.year().getValue() < 2016
          ? FundingSource.of(FundingSourceKind.POVERTY_FUND)
          : FundingSource.builder().kind(FundingSourceKind.EUROPEAN_FUNDS).label("PNRR M5C2").build();
      BudgetLine mutated = ImmutableBudgetLine.copyOf(line).withFundingSource(fund);
      return Mutation.of(copy(plan).withBudget(ImmutableBudget.copyOf(plan.budget()).withLines(replace(lines, i, mutated))),
          "FUND_NOT_IN_FORCE", Pointer.root().field(BUDGET).item(LINES, i).field(FUNDING_SOURCE).toString());
    });
  }

  /** In a Lombardia plan, the health authority named ATS before 2016 or ASL from 2016. */
  private static Optional<Mutation> healthBodyNotInForce(ZonePlan plan, int pick) {
    if (plan.district().region() != Region.LOMBARDIA) {
      return Optional.empty();
    }
    LocalDate day = plan.agreement().flatMap(a -> a.signatureDate()).orElse(plan.period().start());
    String name = day.isBefore(ATS_FROM) ? "ATS della Val Padana" : "ASL della Provincia";
    List<Organisation> organisations = plan.organisations();
    return choose(indexesOf(organisations, o -> o.kind() == OrganisationKind.HEALTH_AUTHORITY), pick).flatMap(i ->
        Mutation.of(copy(plan).withOrganisations(replace(organisations, i,
                ImmutableOrganisation.copyOf(organisations.get(i)).withName(name))),
            "HEALTH_BODY_NOT_IN_FORCE", Pointer.root().item(ORGANISATIONS, i).field(NAME).toString()));
  }
}
