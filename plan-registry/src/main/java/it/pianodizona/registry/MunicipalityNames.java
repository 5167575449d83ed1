package it.pianodizona.registry;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Nomi dei comuni: the normal form under which names are compared, so that the same
 * municipality written by different hands is recognised.
 *
 * <p>Case, accents ("Agliè", "Aglie'"), apostrophes of any kind, hyphens, dots and runs of
 * spaces do not count, and "San", "Santo", "Santa", "Sant'" and the abbreviation "S." are one
 * word: plans write "S. Giovanni in Croce" for San Giovanni in Croce. The price of the last is
 * that "Santo Stefano" and "San Stefano" meet, which only makes a lookup return both.
 */
public final class MunicipalityNames {

  private MunicipalityNames() {}

  /** The normal form of a municipality's name, e.g. {@code "s giovanni in croce"}. */
  public static String normalise(String name) {
    // One pass over the characters: the registry normalises some 8,000 names on its first load,
    // mostly before the JIT has compiled anything.
    char[] out = new char[name.length()];
    int length = 0;
    int wordStart = -1;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 0xC0 && c < 0xC0 + LATIN_BASE.length()) {
        c = LATIN_BASE.charAt(c - 0xC0);
      } else if (c > 0x7f) {
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
          continue; // an accent written apart from its letter
        }
        if (!Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFD)) {
          return normalise(stripMarks(name));
        }
      }
      if (isLetterOrDigit(c)) {
        if (wordStart < 0) {
          if (length > 0) {
            out[length++] = ' ';
          }
          wordStart = length;
        }
        out[length++] = toLowerCase(c);
      } else if (wordStart >= 0) {
        length = endWord(out, wordStart, length);
        wordStart = -1;
      }
    }
    if (wordStart >= 0) {
      length = endWord(out, wordStart, length);
    }
    return new String(out, 0, length);
  }

  /** {@link Character#toLowerCase(char)}, without its tables for ASCII: validation normalises every member's name. */
  private static char toLowerCase(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(c);
  }

  private static boolean isLetterOrDigit(char c) {
    if (c < 0x80) {
      char lower = (char) (c | 0x20);
      return (lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }

  /** "san", "santo", "santa", "sant" and "s" become "s"; the new end of the output. */
  private static int endWord(char[] out, int start, int end) {
    if (out[start] != 's') {
      return end;
    }
    int length = end - start;
    boolean saint = length == 1
        || (length >= 3 && out[start + 1] == 'a' && out[start + 2] == 'n'
            && (length == 3 || (out[start + 3] == 't' && (length == 4
                || (length == 5 && (out[start + 4] == 'o' || out[start + 4] == 'a'))))));
    return saint ? start + 1 : end;
  }

  /**
   * The letters U+00C0 to U+017F without their marks ("è" to "e", "Š" to "S"); letters that
   * have no unmarked form ("ß", "Ø") stay as they are. A table, not {@link Normalizer}, because
   * every name of ISTAT's list is in this range and the registry's first load should not pay for
   * the JDK's normalisation data.
   */
  private static final String LATIN_BASE =
      "AAAAAA\u00c6CEEEEIIII\u00d0NOOOOO\u00d7\u00d8UUUUY\u00de\u00df" +
      "aaaaaa\u00e6ceeeeiiii\u00f0nooooo\u00f7\u00f8uuuuy\u00fey" +
      "AaAaAaCcCcCcCcDd\u0110\u0111EeEeEeEeEeGgGg" +
      "GgGgHh\u0126\u0127IiIiIiIiI\u0131\u0132\u0133JjKk\u0138LlLlLl\u013f" +
      "\u0140\u0141\u0142NnNnNn\u0149\u014a\u014bOoOoOo\u0152\u0153RrRrRrSsSsSs" +
      "SsTtTt\u0166\u0167UuUuUuUuUuUuWwYyYZzZzZz\u017f";

  private static String stripMarks(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
