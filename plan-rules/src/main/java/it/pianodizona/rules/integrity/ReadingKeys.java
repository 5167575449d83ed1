package it.pianodizona.rules.integrity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Chiavi di lettura: the forms under which names and codes are compared as people read them,
 * for the duplicate rules. Every rule validates every plan, so these run for each organisation
 * and objective of each plan: the patterns are compiled once, and a text of plain ASCII (most
 * codes and many names) takes a single pass that gives the very same key as the general path.
 */
final class ReadingKeys {

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private ReadingKeys() {}

  /** The text without its accents: decomposed (NFD), without the marks. */
  static String withoutMarks(String text) {
    return isAscii(text) ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
  }

  /**
   * The text in lower case (Italian), its dots dropped first if {@code dropDots} (so that
   * "A.S.S.T." reads "asst"), then every run of characters that are neither letters nor digits
   * one space, trimmed.
   */
  static String words(String text, boolean dropDots) {
    if (isAscii(text)) {
      return asciiWords(text, dropDots);
    }
    String lower = text.toLowerCase(Locale.ITALIAN);
    return SEPARATORS.matcher(dropDots ? lower.replace(".", "") : lower).replaceAll(" ").trim();
  }

  /** {@link #words} for ASCII text: in ASCII a letter or digit is [A-Za-z0-9]. */
  private static String asciiWords(String text, boolean dropDots) {
    char[] out = new char[text.length()];
    int length = 0;
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' && dropDots) {
        continue;
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && length > 0) {
          out[length++] = ' ';
        }
        gap = false;
        out[length++] = c;
      } else {
        gap = true;
      }
    }
    return new String(out, 0, length);
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
