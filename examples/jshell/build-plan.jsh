// Build a small plan with the builders, validate it and write it as JSON.
// Run from the repository root:  jshell --class-path plan-cli/target/pdz.jar examples/jshell/build-plan.jsh
// The figures are illustrative, not taken from a real plan.
// Chained calls end a line with '.': jshell runs a line as soon as it is a complete statement.
import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.Budget;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.budget.DeclaredTotal;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.common.PlanPeriod;
import it.pianodizona.model.objective.Indicator;
import it.pianodizona.model.objective.IndicatorUnit;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.model.objective.TargetRange;
import it.pianodizona.model.territory.District;
import it.pianodizona.model.territory.Municipality;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.ValidationOptions;
import it.pianodizona.rules.standard.StandardRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;

var objective = Objective.builder().
    id("obj-1").code("1").title("Sportello unico di accesso ai servizi").
    addIndicators(Indicator.builder().id("obj-1-desks").description("N. di sportelli attivati").
        unit(IndicatorUnit.COUNT).target(TargetRange.atLeast(new BigDecimal("3"))).build()).
    build();

var budget = Budget.builder();
for (int year = 2024; year <= 2026; year++) {
  budget.addLines(BudgetLine.builder().objectiveId("obj-1").year(Year.of(year)).amount(Money.of("12000.00")).build());
  budget.addDeclaredTotals(DeclaredTotal.of(Year.of(year), Money.of("12000.00")));
}

ZonePlan plan = ZonePlan.builder().
    id("esempio-2024-2026").title("Piano di Zona 2024-2026 (esempio)").
    district(District.builder().id("ambito-esempio").name("Ambito di esempio").region(Region.LOMBARDIA).
        leadMunicipalityId("comune-a").
        addMunicipalities(Municipality.builder().id("comune-a").name("Comune A").build()).
        build()).
    period(PlanPeriod.ofYears(2024, 2026)).
    addObjectives(objective).
    budget(budget.build()).
    build();

var report = StandardRules.validator(ValidationOptions.builder().
    asOf(LocalDate.of(2024, 1, 1)).locale(Locale.ENGLISH).build()).validate(plan);
System.out.println("Findings: " + report.counts());
report.findings().forEach(f -> System.out.printf("  %-7s %-36s %s%n", f.severity(), f.ruleId(), f.path()));

String json = PlanJson.write(plan);
System.out.println(json.lines().limit(12).collect(java.util.stream.Collectors.joining("\n")));
System.out.println("... " + json.length() + " characters; reads back equal: " + PlanJson.read(json).equals(plan));
/exit
