package it.pianodizona.io.internal;

import java.io.IOException;
import java.io.InputStream;

/** Righe e colonne: the line and character column of an offset into a document. */
final class Offsets {

  private Offsets() {}

  /** Line and column (both from 1) of the byte at {@code offset} of UTF-8 text. */
  static int[] locate(byte[] bytes, int offset) {
    int line = 1;
    int lineStart = Math.min(offset, byteOrderMarkLength(bytes));
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, codePoints(bytes, lineStart, offset) + 1};
  }

  /**
   * Line and column of the byte at {@code offset} of a UTF-8 stream, read to there in small
   * pieces: a file too large to read is still located without holding it.
   */
  static int[] locate(InputStream in, long offset) throws IOException {
    byte[] buffer = new byte[1 << 16];
    int line = 1;
    int column = 1;
    long position = 0;
    boolean first = true;
    while (position < offset) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, offset - position));
      if (n < 0) {
        break;
      }
      int start = 0;
      if (first) {
        start = byteOrderMarkLength(buffer, n);
        first = false;
      }
      for (int i = start; i < n; i++) {
        byte b = buffer[i];
        if (b == '\n') {
          line++;
          column = 1;
        } else if (startsCharacter(b)) {
          column++;
        }
      }
      position += n;
    }
    return new int[] {line, column};
  }

  /** 3 if the UTF-8 text starts with a byte order mark, else 0. */
  static int byteOrderMarkLength(byte[] bytes) {
    return byteOrderMarkLength(bytes, bytes.length);
  }

  private static int byteOrderMarkLength(byte[] bytes, int length) {
    return length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
  }

  /** The characters (code points) that start in {@code bytes[from, to)} of UTF-8 text. */
  static int codePoints(byte[] bytes, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (startsCharacter(bytes[i])) {
        count++;
      }
    }
    return count;
  }

  /** Every byte but a UTF-8 continuation byte (10xxxxxx) starts a character. */
  private static boolean startsCharacter(byte b) {
    return (b & 0xC0) != 0x80;
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
