package it.pianodizona.monitor;

import static java.util.Objects.requireNonNull;

import it.pianodizona.model.common.Money;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.objective.TargetRange;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Testi del monitoraggio: the Italian and English words of a {@link MonitoringReport}: labels,
 * the explanation of each judgement and of each finding, numbers and dates in the language's
 * form. Italian for Italian, English for every other language. Immutable and thread-safe.
 */
public final class MonitoringMessages {

  private static final String BUNDLE = "it.pianodizona.monitor.messages";
  private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");

  private final Locale locale;
  private final ResourceBundle bundle;

  private MonitoringMessages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
  }

  /** The texts in Italian, or in English for any language other than Italian. */
  public static MonitoringMessages of(Locale requested) {
    requireNonNull(requested, "locale");
    return new MonitoringMessages(
        Locale.ITALIAN.getLanguage().equals(requested.getLanguage()) ? Locale.ITALIAN : Locale.ENGLISH);
  }

  public Locale locale() {
    return locale;
  }

  /** The text under a key of the bundle, e.g. {@code report.title}. */
  public String text(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** The word for an attainment, a progress or another enum constant of the report. */
  public String label(Enum<?> constant) {
    return text("enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name());
  }

  /** Why an indicator got its attainment: the rule that decided it, with the values. */
  public String explain(IndicatorAssessment row) {
    Map<String, String> values = new HashMap<>();
    values.put("value", row.value().map(this::number).orElse(text("report.noValue")));
    values.put("target", row.target().map(this::target).orElse(""));
    values.put("dueBy", row.dueBy().map(this::date).orElse(""));
    values.put("measuredOn", row.measuredOn().map(this::date).orElse(row.year().toString()));
    return render(text("basis." + row.basis().name()), values);
  }

  /** The one line of a finding, without its pointer. */
  public String describe(MonitoringFinding finding) {
    return render(text("finding." + finding.kind().name()), Map.of("value", finding.value()));
  }

  /** A target in words: "da 50 a 75", "almeno 3", "4 su 8", "realizzato". */
  public String target(TargetRange target) {
    Map<String, String> values = new HashMap<>();
    target.min().ifPresent(v -> values.put("min", number(v)));
    target.max().ifPresent(v -> values.put("max", number(v)));
    target.outOf().ifPresent(v -> values.put("outOf", number(v)));
    return render(text("target." + target.kind().name()), values);
  }

  /** A number as the language writes it, with the decimals it has: 44,81 or 44.81. */
  public String number(BigDecimal value) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    int scale = Math.max(value.stripTrailingZeros().scale(), 0);
    format.setMinimumFractionDigits(scale);
    format.setMaximumFractionDigits(scale);
    return format.format(value);
  }

  /** An amount in euros with cents: "€ 15.000,00" or "€15,000.00". */
  public String money(Money amount) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    return (locale.getLanguage().equals("it") ? "€ " : "€") + format.format(amount.amount());
  }

  /** A percentage with its decimals: "44,81%". */
  public String percent(BigDecimal value) {
    return number(value) + "%";
  }

  public String date(LocalDate date) {
    return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
  }

  /** A partial date as precise as it is known: "giugno 2015", "2015". */
  public String date(PartialDate date) {
    switch (date.precision()) {
      case DAY:
        return date(date.earliest());
      case MONTH:
        return date.earliest().format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
      default:
        return Integer.toString(date.year());
    }
  }

  /** Fills the named parameters of a pattern; one left without a value stays as written. */
  public String render(String pattern, Map<String, String> values) {
    Matcher m = PARAMETER.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
