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
    int[] at = {1, 1};
    // The mark is looked for in the first three bytes however the stream hands them out: a
    // stream may return fewer bytes than asked from any read, the first included.
    byte[] head = new byte[3];
    int headLength = in.readNBytes(head, 0, head.length);
    advance(at, head, byteOrderMarkLength(head, headLength), (int) Math.min(headLength, offset));
    byte[] buffer = new byte[1 << 16];
    long position = headLength;
    while (position < offset) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, offset - position));
      if (n < 0) {
        break;
      }
      advance(at, buffer, 0, n);
      position += n;
    }
    return at;
  }

  /** Moves the line and column {@code at} over {@code bytes[from, to)} of UTF-8 text. */
  private static void advance(int[] at, byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      byte b = bytes[i];
      if (b == '\n') {
        at[0]++;
        at[1] = 1;
      } else if (startsCharacter(b)) {
        at[1]++;
      }
    }
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
