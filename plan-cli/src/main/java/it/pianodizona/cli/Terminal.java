package it.pianodizona.cli;

import java.util.Locale;

/**
 * Testo per il terminale: text from a plan file, shown as pdz prints it. Line breaks and tabs
 * become spaces and every other control or formatting character (escape sequences, NUL,
 * bidirectional overrides) a visible {@code \}{@code uXXXX}: a plan is data, and must not be
 * able to clear the screen, retitle the window or reorder what the user reads.
 */
final class Terminal {

  private Terminal() {}

  static String printable(Object value) {
    String text = String.valueOf(value);
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (c == '\n' || c == '\r' || c == '\t') {
        out.append(' ');
      } else if (isHidden(c)) {
        out.append(String.format(Locale.ROOT, "\\u%04X", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  private static boolean isHidden(int c) {
    switch (Character.getType(c)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
        return true;
      default:
        return false;
    }
  }
}
