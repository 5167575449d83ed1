package it.pianodizona.io.internal;

import java.nio.charset.StandardCharsets;

/** Righe e colonne: the line and character column of an offset into a document. */
final class Offsets {

  private Offsets() {}

  /** Line and column (both from 1) of the byte at {@code offset} of UTF-8 text. */
  static int[] locate(byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String prefix = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
    return new int[] {line, prefix.codePointCount(0, prefix.length()) + 1};
  }

  static int[] locate(CharSequence text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, offset - lineStart + 1};
  }
}
