package it.pianodizona.rules.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.common.DateWindow;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.common.Percentage;
import it.pianodizona.model.common.PlanPeriod;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.Finding;
import it.pianodizona.rules.RuleCatalogue;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.ValidationOptions;
import it.pianodizona.rules.ValidationReport;
import it.pianodizona.rules.Validator;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * What a rule's draft finding does with the values it is given and the mistakes it refuses, seen
 * through an illustrative rule with its own bundle (test resources {@code probe_it/en}): model
 * values become plain ones in the finding, and dates keep their kind for the Italian message.
 * The dates are those of the Crema 2015-2017 plan (seed 002); the share is illustrative.
 */
class RuleContextDraftTest {

  private static final ZonePlan PLAN = PlanGenerator.generate(15, new PlanShape(Region.LOMBARDIA, 1, 1, 1, 1));

  private static final class Probe extends AbstractRule {
    private final Consumer<RuleContext> body;

    Probe(Consumer<RuleContext> body) {
      super("PROBE_FOR_TEST", RuleFamily.INTEGRITY, Severity.INFO, "illustrative", "it.pianodizona.rules.spi.probe");
      this.body = body;
    }

    @Override
    public void check(ZonePlan plan, RuleContext context) {
      body.accept(context);
    }
  }

  private static ValidationReport run(Locale locale, Consumer<RuleContext> body) {
    return Validator.of(RuleCatalogue.of(List.of(new Probe(body))), ValidationOptions.builder().locale(locale).build())
        .validate(PLAN);
  }

  private static void everyKind(RuleContext context) {
    context.finding(Pointer.root().field(PlanFields.OBJECTIVES).index(0))
        .with("day", LocalDate.of(2016, 6, 30))
        .with("month", YearMonth.of(2016, 6))
        .with("partial", PartialDate.of(YearMonth.of(2015, 5)))
        .with("period", PlanPeriod.of(LocalDate.of(2015, 1, 1), LocalDate.of(2017, 12, 31)))
        .with("window", DateWindow.of(PartialDate.of(LocalDate.of(2015, 5, 1)), PartialDate.of(Year.of(2017))))
        .with("share", Percentage.of("12.5"))
        .with("year", Year.of(2016))
        .report();
  }

  @Test
  void modelValuesBecomePlainValuesOfTheFinding() {
    Finding finding = run(Locale.ENGLISH, RuleContextDraftTest::everyKind).findings().get(0);
    assertThat(finding.path()).isEqualTo("/objectives/0");
    assertThat(finding.value("day")).contains(LocalDate.of(2016, 6, 30));
    assertThat(finding.value("month")).contains("2016-06");
    assertThat(finding.value("partial")).contains("2015-05");
    assertThat(finding.value("period")).contains("2015-01-01/2017-12-31");
    assertThat(finding.value("window")).contains("2015-05-01/2017");
    assertThat(finding.value("share")).contains(new BigDecimal("12.5"));
    assertThat(finding.value("year")).contains(2016);
    assertThat(finding.message()).isEqualTo("Day 2016-06-30, month 2016-06, partial date 2015-05,"
        + " period 2015-01-01/2017-12-31, window 2015-05-01/2017, share 12.5, year 2016.");
  }

  @Test
  void anItalianMessageWritesEachKindOfDateAsItalianTextDoes() {
    Finding finding = run(Locale.ITALIAN, RuleContextDraftTest::everyKind).findings().get(0);
    assertThat(finding.message()).isEqualTo("Giorno 30/06/2016, mese 06/2016, data parziale 05/2015,"
        + " periodo 01/01/2015–31/12/2017, finestra 01/05/2015–2017, quota 12,5, anno 2016.");
  }

  private static List<Throwable> thrown(Consumer<RuleContext> body) {
    List<Throwable> thrown = new ArrayList<>();
    run(Locale.ENGLISH, context -> {
      try {
        body.accept(context);
      } catch (RuntimeException e) {
        thrown.add(e);
      }
    });
    return thrown;
  }

  private static void assertRefused(Consumer<RuleContext> body, Class<?> type, String message) {
    List<Throwable> thrown = thrown(body);
    assertThat(thrown).hasSize(1);
    assertThat(thrown.get(0)).isInstanceOf(type).hasMessage(message);
  }

  @Test
  void aDraftRefusesAPathThatIsNoPointerANullValueAnOptionalAndASecondReport() {
    assertRefused(c -> c.finding("objectives/0"), IllegalArgumentException.class, "not a JSON Pointer: 'objectives/0'");
    assertRefused(c -> c.finding("").with("day", null), IllegalArgumentException.class,
        "value 'day' of PROBE_FOR_TEST is null");
    assertRefused(c -> c.finding("").with("day", Optional.of(LocalDate.of(2016, 6, 30))),
        IllegalArgumentException.class, "pass an Optional through withOptional");
    assertRefused(c -> {
      RuleContext.Draft draft = c.finding("/objectives");
      draft.report();
      draft.report();
    }, IllegalStateException.class, "finding of PROBE_FOR_TEST at '/objectives' reported twice");
    assertThat(thrown(c -> c.finding("").report())).isEmpty();
  }

  @Test
  void pointersAreEqualWhenTheyWriteTheSamePath() {
    Pointer built = Pointer.root().item(PlanFields.OBJECTIVES, 3).field("code");
    Pointer other = Pointer.root().field(PlanFields.OBJECTIVES).index(3).field("code");
    assertThat(built).isEqualTo(other).hasSameHashCodeAs(other).hasToString("/objectives/3/code");
    assertThat(built).isNotEqualTo(Pointer.root().item(PlanFields.OBJECTIVES, 4).field("code"))
        .isNotEqualTo("/objectives/3/code");
  }

  @Test
  void jsonPointersEscapeTheirSegmentsAndRefuseWhatIsNoSegment() {
    assertThat(JsonPointers.of("objectives", 0, "a/b~c")).isEqualTo("/objectives/0/a~1b~0c");
    assertThat(JsonPointers.append("/budget", "lines", 12)).isEqualTo("/budget/lines/12");
    assertThat(JsonPointers.of()).isEmpty();
    assertThat(JsonPointers.of("objectives", 0)).isEqualTo(JsonPointers.append("", "objectives", 0));
    ThrowingCallable negative = () -> JsonPointers.of("objectives", -1);
    assertThatThrownBy(negative).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an index cannot be negative: -1");
    assertThatThrownBy(() -> JsonPointers.of("objectives", 1L)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonPointers.segments("objectives/0")).isInstanceOf(IllegalArgumentException.class);
    assertThat(JsonPointers.segments("/objectives/0/a~1b~0c")).containsExactly("objectives", "0", "a/b~c");
  }

  @Test
  void aFactAndARuleAreNamedByTheirNameAndId() {
    assertThat(PlanFact.of("objective codes", p -> p.objectives().size()).name()).isEqualTo("objective codes");
    assertThat(new Probe(c -> { })).hasToString("PROBE_FOR_TEST");
  }
}
