package it.pianodizona.io.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Righe e colonne: the line and character column of an offset, from bytes, from a stream read in
 * pieces and from text; a byte order mark is no column, the character at the offset is not yet
 * counted (even a line break).
 */
class OffsetsTest {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final String TEXT = "{\n\"città\": 1,\n\"x\": 2}";

  @Test
  void theByteAtTheOffsetIsNotCountedEvenALineBreak() {
    byte[] bytes = TEXT.getBytes(UTF_8);
    int firstBreak = 1;
    int secondBreak = "{\n\"città\": 1,".getBytes(UTF_8).length;

    assertThat(Offsets.locate(bytes, firstBreak)).containsExactly(1, 2);
    assertThat(Offsets.locate(bytes, secondBreak)).containsExactly(2, 12);
    assertThat(Offsets.locate(TEXT, 1)).containsExactly(1, 2);
    assertThat(Offsets.locate(TEXT, TEXT.indexOf(",\n") + 1)).containsExactly(2, 12);
  }

  @Test
  void aStreamReadInSmallPiecesIsLocatedUpToTheOffsetOnly() throws IOException {
    byte[] bytes = (TEXT + "\n\n\n").getBytes(UTF_8);
    int x = "{\n\"città\": 1,\n".getBytes(UTF_8).length;

    assertThat(Offsets.locate(new Trickle(bytes, 3), x)).containsExactly(3, 1);
    assertThat(Offsets.locate(new Trickle(bytes, 3), x + 3)).containsExactly(3, 4);
    assertThat(Offsets.locate(new ByteArrayInputStream(bytes), x + 3)).containsExactly(3, 4);
  }

  @Test
  void aByteOrderMarkIsNoColumnFromBytesOrFromAStream() throws IOException {
    byte[] bytes = concat(BOM, "{\"è\": 1}".getBytes(UTF_8));

    assertThat(Offsets.locate(bytes, 3)).containsExactly(1, 1);
    assertThat(Offsets.locate(bytes, 4)).containsExactly(1, 2);
    assertThat(Offsets.locate(new Trickle(bytes, 3), 6)).containsExactly(1, 4);
    assertThat(Offsets.locate(new ByteArrayInputStream(bytes), 6)).containsExactly(1, 4);
  }

  @Test
  void aByteOrderMarkHandedOutOneByteAtATimeIsStillNoColumn() throws IOException {
    byte[] bytes = concat(BOM, "{\"è\": 1}".getBytes(UTF_8));

    assertThat(Offsets.locate(new Trickle(bytes, 1), 6)).containsExactly(1, 4);
    assertThat(Offsets.locate(new Trickle(bytes, 2), 6)).containsExactly(1, 4);
    assertThat(Offsets.locate(new Trickle(bytes, 1), 2)).containsExactly(1, 1);
  }

  @Test
  void aByteOrderMarkAloneIsStillOne() {
    assertThat(Offsets.byteOrderMarkLength(BOM)).isEqualTo(3);
    assertThat(Offsets.byteOrderMarkLength(new byte[] {(byte) 0xEF, (byte) 0xBB})).isZero();
    assertThat(Offsets.byteOrderMarkLength("{}".getBytes(UTF_8))).isZero();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** A stream that gives at most a few bytes per read, as a pipe or a slow disk may. */
  private static final class Trickle extends InputStream {
    private final byte[] bytes;
    private final int most;
    private int next;

    Trickle(byte[] bytes, int most) {
      this.bytes = bytes;
      this.most = most;
    }

    @Override
    public int read() {
      return next < bytes.length ? bytes[next++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (next >= bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(length, most), bytes.length - next);
      System.arraycopy(bytes, next, buffer, offset, n);
      next += n;
      return n;
    }
  }
}
