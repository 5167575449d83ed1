package it.pianodizona.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import it.pianodizona.model.common.DateWindow;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.common.PlanPeriod;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * How a message writes a finding's values: dates in the reader's form, amounts with their own
 * decimals, lists joined; and which text a message takes from a rule's own bundle.
 *
 * <p>The dates are those of the Crema plan for the triennium 2015-2017 (seed 002, "Giugno
 * 2016"); the amounts and the texts of the own bundle below are illustrative.
 */
class MessageValuesTest {

  private static final ResourceBundle ITALIAN = Messages.bundle(Locale.ITALIAN);
  private static final ResourceBundle ENGLISH = Messages.bundle(Locale.ENGLISH);

  @Test
  void italianWritesAPartialDateOfMonthPrecisionAsMonthAndYear() {
    assertThat(Messages.format(PartialDate.parse("2016-06"), ITALIAN)).isEqualTo("06/2016");
  }

  @Test
  void italianWritesAPartialDateOfYearPrecisionAsTheYear() {
    assertThat(Messages.format(PartialDate.parse("2016"), ITALIAN)).isEqualTo("2016");
  }

  @Test
  void italianWritesAPartialDateOfDayPrecisionAsDayMonthAndYear() {
    assertThat(Messages.format(PartialDate.parse("2016-06-30"), ITALIAN)).isEqualTo("30/06/2016");
  }

  @Test
  void italianWritesAYearMonthAsMonthAndYear() {
    assertThat(Messages.format(YearMonth.of(2016, 6), ITALIAN)).isEqualTo("06/2016");
  }

  @Test
  void italianWritesADateWindowAsItsTwoEndsInTheirOwnPrecision() {
    DateWindow window = DateWindow.of(PartialDate.parse("2015"), PartialDate.parse("2017-12"));
    assertThat(Messages.format(window, ITALIAN)).isEqualTo("2015–12/2017");
  }

  @Test
  void italianWritesAPlanPeriodAsItsFirstAndLastDay() {
    assertThat(Messages.format(PlanPeriod.ofYears(2015, 2017), ITALIAN)).isEqualTo("01/01/2015–31/12/2017");
  }

  @Test
  void englishKeepsTheIsoFormOfEveryDate() {
    assertThat(Messages.format(LocalDate.of(2016, 6, 30), ENGLISH)).isEqualTo("2016-06-30");
    assertThat(Messages.format(PartialDate.parse("2016-06"), ENGLISH)).isEqualTo("2016-06");
    assertThat(Messages.format(PartialDate.parse("2016"), ENGLISH)).isEqualTo("2016");
    assertThat(Messages.format(YearMonth.of(2016, 6), ENGLISH)).isEqualTo("2016-06");
    assertThat(Messages.format(DateWindow.of(PartialDate.parse("2015"), PartialDate.parse("2017-12")), ENGLISH))
        .isEqualTo("2015/2017-12");
  }

  @Test
  void anAmountKeepsItsScaleInTheReadersForm() {
    assertThat(Messages.format(new BigDecimal("1.50"), ITALIAN)).isEqualTo("1,50");
    assertThat(Messages.format(new BigDecimal("1.50"), ENGLISH)).isEqualTo("1.50");
    assertThat(Messages.format(new BigDecimal("33.3333"), ITALIAN)).isEqualTo("33,3333");
  }

  @Test
  void aNumberOfScaleZeroHasNoDecimals() {
    assertThat(Messages.format(new BigDecimal("1500"), ITALIAN)).isEqualTo("1.500");
    assertThat(Messages.format(new BigDecimal("1500"), ENGLISH)).isEqualTo("1,500");
  }

  @Test
  void aCollectionIsJoinedWithCommasAndEachElementFormatted() {
    List<Object> values = List.of(LocalDate.of(2015, 1, 1), new BigDecimal("1.50"), "Crema");
    assertThat(Messages.format(values, ITALIAN)).isEqualTo("01/01/2015, 1,50, Crema");
    assertThat(Messages.format(values, ENGLISH)).isEqualTo("2015-01-01, 1.50, Crema");
  }

  /** A rule's own bundle, as a custom rule brings one (texts illustrative). */
  private static final class OwnBundle extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
      return new Object[][] {
          {"LOCAL_RULE.message", "Testo della regola: {amount}."},
          {"LOCAL_RULE.message.LATE", "Testo della variante: {amount}."},
      };
    }
  }

  private static final Map<String, Object> AMOUNT = ImmutableMap.of("amount", new BigDecimal("1.50"));

  @Test
  void aVariantTextIsUsedWhenTheRuleChoseAVariantAndItsOwnBundleHasIt() {
    assertThat(Messages.message("LOCAL_RULE", "LATE", AMOUNT, Optional.of(new OwnBundle()), ITALIAN))
        .isEqualTo("Testo della variante: 1,50.");
  }

  @Test
  void theRulesTextIsUsedWhenTheRuleChoseNoVariant() {
    assertThat(Messages.message("LOCAL_RULE", "", AMOUNT, Optional.of(new OwnBundle()), ITALIAN))
        .isEqualTo("Testo della regola: 1,50.");
  }

  @Test
  void theRulesTextIsUsedWhenItsOwnBundleLacksTheVariant() {
    assertThat(Messages.message("LOCAL_RULE", "EARLY", AMOUNT, Optional.of(new OwnBundle()), ITALIAN))
        .isEqualTo("Testo della regola: 1,50.");
  }

  @Test
  void aRuleMissingFromItsOwnBundleTakesTheStandardText() {
    Map<String, Object> values = ImmutableMap.of("rule", "BROKEN_FOR_TEST", "exception", "java.lang.IllegalStateException");
    assertThat(Messages.message("RULE_FAILED", "", values, Optional.of(new OwnBundle()), ITALIAN))
        .isEqualTo(Messages.message("RULE_FAILED", "", values, ITALIAN))
        .contains("BROKEN_FOR_TEST");
  }

  @Test
  void aRuleOwnBundleIsLookedUpWithTheThreadsContextLoaderElseTheTypesLoader() throws IOException {
    Thread thread = Thread.currentThread();
    ClassLoader saved = thread.getContextClassLoader();
    try (URLClassLoader context = new URLClassLoader(new URL[0], null)) {
      thread.setContextClassLoader(context);
      assertThat(Messages.loader(Messages.class)).isSameAs(context);
      thread.setContextClassLoader(null);
      assertThat(Messages.loader(Messages.class)).isSameAs(Messages.class.getClassLoader()).isNotNull();
    } finally {
      thread.setContextClassLoader(saved);
    }
  }

  @Test
  void aRulesOwnBundleWithOnlyItsBaseFileServesEveryLanguage() {
    RuleDescriptor rule = RuleDescriptor.of("BASE_ONLY", RuleFamily.INTEGRITY, Severity.INFO, "illustrative",
        "it.pianodizona.rules.baseonly.messages");
    for (Locale locale : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
      Optional<ResourceBundle> own = Messages.own(rule, locale, Messages.loader(MessageValuesTest.class));
      assertThat(own).hasValueSatisfying(b -> assertThat(b.getString("BASE_ONLY.message")).isEqualTo("Testo unico della regola."));
    }
  }

  @Test
  void aRuleNamingABundleThatIsNotThereIsRefusedNamingTheFileItLookedFor() {
    RuleDescriptor rule = RuleDescriptor.of("NO_BUNDLE", RuleFamily.INTEGRITY, Severity.INFO, "illustrative",
        "it.pianodizona.rules.nowhere.messages");
    assertThatThrownBy(() -> Messages.own(rule, Locale.ENGLISH, Messages.loader(MessageValuesTest.class)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule NO_BUNDLE names the message bundle it.pianodizona.rules.nowhere.messages, which is not on"
            + " the class path (it/pianodizona/rules/nowhere/messages_en.properties)");
  }
}
