package it.pianodizona.io;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The one sanitiser of hostile text: one line, nothing that drives a terminal, letters as they are. */
class SafeTextTest {

  @Test
  void plainItalianTextIsTheSameInstance() {
    String text = "Comunità Sociale Cremasca: “servizi” – 15.000,00 €";
    assertThat(SafeText.oneLine(text)).isSameAs(text);
  }

  @Test
  void aRunOfLineBreaksAndTabsIsOneSpace() {
    assertThat(SafeText.oneLine("a\r\n\tb\nc")).isEqualTo("a b c");
  }

  @Test
  void escapesAndBidirectionalOverridesBecomeVisible() {
    assertThat(SafeText.oneLine("\u001B]0;pwned\u0007x")).isEqualTo("\\u001B]0;pwned\\u0007x");
    assertThat(SafeText.oneLine("abc\u202Efed")).isEqualTo("abc\\u202Efed");
    assertThat(SafeText.oneLine("nul\u0000")).isEqualTo("nul\\u0000");
    assertThat(SafeText.oneLine("line\u2028para\u2029")).isEqualTo("line\\u2028para\\u2029");
  }

  @Test
  void anUnpairedSurrogateIsEscapedAndAPairKept() {
    assertThat(SafeText.oneLine("a\uD83Db")).isEqualTo("a\\uD83Db");
    assertThat(SafeText.oneLine("a\uDE00b")).isEqualTo("a\\uDE00b");
    assertThat(SafeText.oneLine("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
  }

  @Test
  void aHighSurrogateThatEndsTheTextIsEscaped() {
    assertThat(SafeText.oneLine("fine\uD83D")).isEqualTo("fine\\uD83D");
    assertThat(SafeText.oneLine("a\tb\uD83D")).isEqualTo("a b\\uD83D");
  }

  @Property
  void theResultIsOneLineWithoutControlCharacters(@ForAll String text) {
    String safe = SafeText.oneLine(text);
    assertThat(safe).doesNotContain("\n", "\r", "\t", "\u2028", "\u2029");
    safe.codePoints().forEach(c -> assertThat(Character.getType(c))
        .isNotIn((int) Character.CONTROL, (int) Character.FORMAT, (int) Character.SURROGATE));
  }

  @Property
  void safeTextIsAlreadySafe(@ForAll String text) {
    String safe = SafeText.oneLine(text);
    assertThat(SafeText.oneLine(safe)).isEqualTo(safe);
  }
}
