package it.pianodizona.rules;

import it.pianodizona.model.common.DateWindow;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.common.PlanPeriod;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Messaggi: titles and messages of the rules from the {@code messages_it} and
 * {@code messages_en} bundles, with named parameters such as {@code {expected}}.
 *
 * <p>Named parameters rather than {@link java.text.MessageFormat} indexes keep the Italian
 * texts free of doubled apostrophes and let a message use any of a finding's values.
 */
final class Messages {

  private static final String BUNDLE = "it.pianodizona.rules.messages";
  private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");

  private Messages() {}

  /** Italian for Italian, English for every other language. */
  static Locale supported(Locale requested) {
    return Locale.ITALIAN.getLanguage().equals(requested.getLanguage()) ? Locale.ITALIAN : Locale.ENGLISH;
  }

  static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, supported(locale));
  }

  static String title(String ruleId, Locale locale) {
    return text(bundle(locale), ruleId + ".title").orElse(ruleId);
  }

  /** The title from the rule's own bundle where it has one, else from the standard bundle. */
  static String title(String ruleId, Optional<ResourceBundle> own, Locale locale) {
    return own.flatMap(b -> text(b, ruleId + ".title")).orElseGet(() -> title(ruleId, locale));
  }

  /**
   * The class loader a rule's own bundle is looked up with: the thread's context loader where
   * there is one (an application server, a plugin host), else the loader of the given class.
   */
  static ClassLoader loader(Class<?> type) {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : type.getClassLoader();
  }

  /**
   * The rule's own bundle in the supported language, if its descriptor names one.
   *
   * @throws IllegalArgumentException if the named bundle is not on the class path
   */
  static Optional<ResourceBundle> own(RuleDescriptor rule, Locale locale, ClassLoader loader) {
    if (rule.messageBundle().isEmpty()) {
      return Optional.empty();
    }
    String base = rule.messageBundle().get();
    try {
      // The candidates end with the base bundle (messages.properties): a rule that ships no text
      // for the language gets that one. No fallback means only no detour through the default locale.
      return Optional.of(ResourceBundle.getBundle(base, supported(locale), loader,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT)));
    } catch (MissingResourceException none) {
      throw new IllegalArgumentException("rule " + rule.id() + " names the message bundle " + base
          + ", which is not on the class path (" + base.replace('.', '/') + "_" + supported(locale).getLanguage()
          + ".properties)", none);
    }
  }

  /** The message of a finding, looked up first in the rule's own bundle. */
  static String message(String ruleId, String variant, Map<String, Object> values, Optional<ResourceBundle> own,
      ResourceBundle bundle) {
    if (own.isPresent()) {
      String key = ruleId + ".message";
      Optional<String> pattern = (variant.isEmpty() ? Optional.<String>empty() : text(own.get(), key + "." + variant))
          .or(() -> text(own.get(), key));
      if (pattern.isPresent()) {
        return render(pattern.get(), values, bundle);
      }
    }
    return message(ruleId, variant, values, bundle);
  }

  /**
   * The message of a finding: the variant's text where the rule chose one, else the rule's; a
   * rule without a text in the bundle gets its id and values.
   */
  static String message(String ruleId, String variant, Map<String, Object> values, ResourceBundle bundle) {
    String key = ruleId + ".message";
    String pattern = (variant.isEmpty() ? Optional.<String>empty() : text(bundle, key + "." + variant))
        .or(() -> text(bundle, key))
        .orElse(ruleId + " " + values);
    return render(pattern, values, bundle);
  }

  static String render(String pattern, Map<String, Object> values, ResourceBundle bundle) {
    Matcher m = PARAMETER.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = values.get(m.group(1));
      String replacement = value == null ? m.group() : format(value, bundle);
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Day, month and year as Italian text writes them: 30/06/2016. */
  private static final DateTimeFormatter ITALIAN_DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ITALIAN);
  private static final DateTimeFormatter ITALIAN_MONTH = DateTimeFormatter.ofPattern("MM/uuuu", Locale.ITALIAN);

  /** Whether a finding's value is a date a message writes in the reader's form. */
  static boolean isDate(Object value) {
    return value instanceof LocalDate || value instanceof YearMonth || value instanceof PartialDate
        || value instanceof PlanPeriod || value instanceof DateWindow;
  }

  /**
   * A date in the form of the message's language: Italian text writes {@code 30/06/2016},
   * {@code 06/2016} and {@code 01/05/2015–31/12/2017}; English keeps the ISO form of the values.
   */
  private static String date(Object value, Locale locale) {
    if (!Locale.ITALIAN.getLanguage().equals(locale.getLanguage())) {
      // English keeps the ISO text the finding's values carry.
      return value instanceof DateWindow
          ? ((DateWindow) value).from() + "/" + ((DateWindow) value).to()
          : value.toString();
    }
    if (value instanceof LocalDate) {
      return ITALIAN_DAY.format((LocalDate) value);
    }
    if (value instanceof YearMonth) {
      return ITALIAN_MONTH.format((YearMonth) value);
    }
    if (value instanceof PartialDate) {
      PartialDate date = (PartialDate) value;
      switch (date.precision()) {
        case DAY: return ITALIAN_DAY.format(date.earliest());
        case MONTH: return ITALIAN_MONTH.format(YearMonth.from(date.earliest()));
        default: return String.valueOf(date.year());
      }
    }
    if (value instanceof PlanPeriod) {
      PlanPeriod period = (PlanPeriod) value;
      return ITALIAN_DAY.format(period.start()) + "–" + ITALIAN_DAY.format(period.end());
    }
    DateWindow window = (DateWindow) value;
    return date(window.from(), locale) + "–" + date(window.to(), locale);
  }

  static String format(Object value, ResourceBundle bundle) {
    if (isDate(value)) {
      return date(value, bundle.getLocale());
    }
    if (value instanceof BigDecimal) {
      BigDecimal number = (BigDecimal) value;
      NumberFormat format = NumberFormat.getNumberInstance(bundle.getLocale());
      int scale = Math.max(number.scale(), 0);
      format.setMinimumFractionDigits(scale);
      format.setMaximumFractionDigits(scale);
      return format.format(number);
    }
    if (value instanceof Enum) {
      Enum<?> constant = (Enum<?>) value;
      String key = "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
      return text(bundle, key).orElse(constant.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    if (value instanceof Collection) {
      return ((Collection<?>) value).stream().map(v -> format(v, bundle)).collect(Collectors.joining(", "));
    }
    return String.valueOf(value);
  }

  private static Optional<String> text(ResourceBundle bundle, String key) {
    try {
      return Optional.of(bundle.getString(key));
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }
}
