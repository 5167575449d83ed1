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
    String plain = isAscii(name) ? name : stripMarks(name);
    StringBuilder out = new StringBuilder(plain.length());
    int start = -1;
    for (int i = 0; i <= plain.length(); i++) {
      boolean letter = i < plain.length() && Character.isLetterOrDigit(plain.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        appendWord(out, plain.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return out.toString();
  }

  private static void appendWord(StringBuilder out, String word) {
    if (out.length() > 0) {
      out.append(' ');
    }
    switch (word) {
      case "s", "san", "santo", "santa", "sant" -> out.append('s');
      default -> out.append(word);
    }
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
  }

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
