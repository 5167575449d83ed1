package it.pianodizona.cli;

import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Testi di pdz: every text pdz writes for people — help, usage errors, report headings — from
 * one resource bundle per language ({@code messages_it}, {@code messages_en}); picocli reads the
 * same bundle for the help.
 */
final class Texts {

  private static final String BUNDLE = "it.pianodizona.cli.messages";
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)\\}");

  private final Language language;
  private final ResourceBundle bundle;

  private Texts(Language language) {
    this.language = language;
    // No fallback: an Italian text missing from the bundle must fail, not turn English.
    this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  static Texts of(Language language) {
    return new Texts(language);
  }

  Language language() {
    return language;
  }

  ResourceBundle bundle() {
    return bundle;
  }

  /**
   * The text of a key with {@code {0}}, {@code {1}}... replaced by the arguments as they are
   * (not MessageFormat: Italian apostrophes stay single, and numbers are formatted by the caller).
   */
  String get(String key, Object... arguments) {
    // One pass: an argument that itself contains "{1}" (a file name, a plan id) stays as it is.
    Matcher m = ARGUMENT.matcher(bundle.getString(key));
    StringBuilder text = new StringBuilder();
    while (m.find()) {
      int index = Integer.parseInt(m.group(1));
      m.appendReplacement(text, Matcher.quoteReplacement(
          index < arguments.length ? String.valueOf(arguments[index]) : m.group()));
    }
    m.appendTail(text);
    return text.toString();
  }

  boolean has(String key) {
    return bundle.containsKey(key);
  }
}
