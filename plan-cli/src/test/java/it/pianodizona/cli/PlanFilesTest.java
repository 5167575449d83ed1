package it.pianodizona.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.io.PlanJson;
import it.pianodizona.io.ReadLimits;
import org.junit.jupiter.api.Test;

/** pdz reads documents of at most a sixty-fourth of its heap, and never more than the library does. */
class PlanFilesTest {

  @Test
  void theDocumentLimitFollowsTheHeap() {
    assertThat(PlanFiles.readerFor(64L << 20).limits().maxDocumentLength()).isEqualTo(1 << 20);
    assertThat(PlanFiles.readerFor(512L << 20).limits().maxDocumentLength()).isEqualTo(8 << 20);
    assertThat(PlanFiles.readerFor(4L << 30).limits().maxDocumentLength()).isEqualTo(64 << 20);
    assertThat(PlanFiles.readerFor(Long.MAX_VALUE).limits()).isEqualTo(ReadLimits.defaults());
    assertThat(PlanFiles.readerFor(16).limits().maxDocumentLength()).isEqualTo(1);
  }

  @Test
  void everyOtherLimitAndTheStrictnessAreTheLibrarys() {
    ReadLimits limits = PlanFiles.readerFor(64L << 20).limits();
    assertThat(ReadLimits.builder().from(limits).maxDocumentLength(ReadLimits.defaults().maxDocumentLength()).build())
        .isEqualTo(ReadLimits.defaults());
    assertThat(PlanFiles.READER.isLenient()).isFalse();
    assertThat(PlanFiles.READER.limits().maxDocumentLength())
        .isLessThanOrEqualTo(PlanJson.reader().limits().maxDocumentLength());
  }
}
