package it.pianodizona.io;

import java.util.Locale;

/**
 * Testo sicuro: text from a document (or from a user's command line) made safe to show on one
 * line of a terminal, a log or a report; every output of the toolkit passes hostile text through it.
 * A run of line breaks and tabs becomes one space; every other control or formatting character
 * (terminal escape sequences, bidirectional overrides, NUL), line and paragraph separators and
 * unpaired surrogates become a visible <code>&#92;uXXXX</code>. A hostile file can then neither break a
 * message over several lines nor drive the terminal that prints it.
 */
public final class SafeText {

  private SafeText() {}

  /**
   * The text on one line, every character shown as itself or as a visible escape.
   *
   * @return the same instance when nothing needs escaping, the common case
   */
  public static String oneLine(String text) {
    if (isPlain(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    boolean inBreak = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n' || c == '\t') {
        if (!inBreak) {
          out.append(' ');
        }
        inBreak = true;
        continue;
      }
      inBreak = false;
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (isHidden(c)) {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether the text can be shown as it is: the common case, checked without copying. */
  private static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n' || c == '\t' || isHidden(c)) {
        return false;
      }
    }
    return true;
  }

  /** Characters a terminal does not show as themselves; surrogates are checked in pairs by the caller. */
  private static boolean isHidden(char c) {
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
