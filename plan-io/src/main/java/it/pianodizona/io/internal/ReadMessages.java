package it.pianodizona.io.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Messaggi degli errori di lettura: the Italian and English texts of read errors and warnings,
 * from the {@code it.pianodizona.io.messages_it} and {@code messages_en} bundles, with named
 * parameters such as {@code {value}} — the same mechanism as the rules' messages.
 *
 * <p>Every key starts with the name of the {@link it.pianodizona.io.ReadErrorKind} it describes
 * ({@code INVALID_VALUE.noSuchDate}); parts of messages that differ by language are keys of
 * their own ({@code expected.STRING}), passed as {@link Part}.
 */
public final class ReadMessages {

  static final String BUNDLE = "it.pianodizona.io.messages";
  private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");

  // Loaded once: a read error is built on the error path, which must stay cheap for the
  // lenient reader's hundred warnings. Bundles are immutable.
  private static final ResourceBundle ITALIAN = ResourceBundle.getBundle(BUNDLE, Locale.ITALIAN);
  private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);

  private ReadMessages() {}

  /** A message in both languages, each on one line. */
  public record Message(String italian, String english) {}

  /** A parameter that is itself a text of the bundles, shown in each message's language. */
  public record Part(String key) {}

  /**
   * The message of {@code key} with its parameters, given as name, value, name, value ...; a
   * value is shown with {@link String#valueOf(Object)}, a {@link Part} in the message's language.
   *
   * @throws MissingResourceException if a bundle lacks the key: a bug, caught by the tests
   */
  public static Message of(String key, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("parameters come in name, value pairs: " + key);
    }
    return new Message(render(ITALIAN, key, namesAndValues), render(ENGLISH, key, namesAndValues));
  }

  private static String render(ResourceBundle bundle, String key, Object[] namesAndValues) {
    String pattern = bundle.getString(key);
    if (namesAndValues.length == 0) {
      return pattern;
    }
    Matcher m = PARAMETER.matcher(pattern);
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    while (m.find()) {
      String replacement = m.group();
      for (int i = 0; i < namesAndValues.length; i += 2) {
        if (namesAndValues[i].equals(m.group(1))) {
          Object value = namesAndValues[i + 1];
          replacement = value instanceof Part part ? bundle.getString(part.key()) : String.valueOf(value);
          break;
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
