package it.pianodizona.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void aRewordedSentenceShowsOnlyTheWordsThatChanged() {
    assertThat(Words.diff("rivedere le modalità di accesso", "ridefinire le modalità di accesso")).containsExactly(
        new TextSegment(TextSegment.Kind.DELETED, "rivedere "),
        new TextSegment(TextSegment.Kind.INSERTED, "ridefinire "),
        new TextSegment(TextSegment.Kind.EQUAL, "le modalità di accesso"));
  }

  @Property(tries = 300)
  void theSegmentsGiveBackBothTexts(@ForAll @Chars({'a', 'b', ' ', '\n'}) @StringLength(max = 40) String a,
      @ForAll @Chars({'a', 'b', ' ', '\n'}) @StringLength(max = 40) String b) {
    var segments = Words.diff(a, b);
    assertThat(segments.stream().filter(s -> s.kind() != TextSegment.Kind.INSERTED).map(TextSegment::text)
        .collect(Collectors.joining())).isEqualTo(a);
    assertThat(segments.stream().filter(s -> s.kind() != TextSegment.Kind.DELETED).map(TextSegment::text)
        .collect(Collectors.joining())).isEqualTo(b);
  }
}
