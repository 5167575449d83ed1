// Load the Crema 2015-2017 plan, print its budget by year and its findings.
// Run from the repository root:  jshell --class-path plan-cli/target/pdz.jar examples/jshell/crema.jsh
// Chained calls end a line with '.': jshell runs a line as soon as it is a complete statement.
import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.common.Money;
import it.pianodizona.rules.ValidationOptions;
import it.pianodizona.rules.standard.StandardRules;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TreeMap;

var home = Path.of(System.getProperty("pdz.home", "."));
ZonePlan crema = PlanJson.read(home.resolve("examples/plans/crema-2015-2017.json"));
System.out.println(crema.title() + " - " + crema.district().name() + " (" + crema.period() + ")");

var byYear = new TreeMap<java.time.Year, Money>();
crema.budget().lines().forEach(line ->
    line.amount().ifPresent(amount -> byYear.merge(line.year(), amount, Money::plus)));
byYear.forEach((year, total) -> System.out.printf("  budget %s: EUR %s%n", year, total));
crema.budget().declaredTotals().stream().
    filter(total -> total.objectiveId().isEmpty()).
    forEach(total -> System.out.printf("  declared total %s: EUR %s%n", total.year(), total.amount()));

var validator = StandardRules.validator(ValidationOptions.builder().
    asOf(LocalDate.of(2015, 5, 1)).locale(Locale.ENGLISH).build());
var report = validator.validate(crema);
System.out.println("Findings: " + report.counts());
report.findings().forEach(f ->
    System.out.printf("  %-7s %-36s %s%n          %s%n", f.severity(), f.ruleId(), f.path(), f.message()));
/exit
