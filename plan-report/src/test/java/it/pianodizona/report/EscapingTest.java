package it.pianodizona.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Hostile text in every field of a report comes out as text: the engine escapes it everywhere. */
class EscapingTest {

  @Test
  void quotesAreEscapedInAttributes() {
    ReportDocument doc = ReportDocument.builder().title("t").generatedOn(SampleReports.GENERATED_ON)
        .addSections(Section.builder().heading("s").addBlocks(Table.builder().caption("c").addColumns(Column.numeric("n"))
            .rowHeaders(false).addRows(Row.of(Cell.number(java.math.BigDecimal.ONE, ValueFormat.NUMBER))).build()).build())
        .build();
    // The only attribute values taken from a document are numbers and ids the renderer makes;
    // the engine still escapes them, as the policy's quotes show.
    assertThat(ReportRenderer.create().render(doc)).contains("content=\"default-src &#39;none&#39;;");
  }


  private static final String HTML = ReportRenderer.create().render(SampleReports.hostile());

  @Test
  void noHostileMarkupSurvives() {
    assertThat(HTML).doesNotContain("<script>window", "<img", "<svg onload", "</style><style>", "</title></svg>",
        "href=\"javascript");
    // An event handler only acts inside a tag: none of the tags written has one.
    assertThat(Pattern.compile("<[a-zA-Z][^<>]*\\son[a-z]+\\s*=").matcher(HTML).find()).isFalse();
  }

  @Test
  void theOnlyScriptAndStyleElementsAreTheRenderersOwn() {
    assertThat(Pattern.compile("<script").matcher(HTML).results().count()).isEqualTo(1);
    assertThat(Pattern.compile("<style").matcher(HTML).results().count()).isEqualTo(1);
  }

  @Test
  void textIsEscapedInElementsAndAttributes() {
    assertThat(HTML)
        .contains("<title>&lt;script&gt;window.__pwned = 'script'; document.title = 'pwned';&lt;/script&gt;</title>")
        .contains("<p>&lt;img src=x onerror=\"window.__pwned = 'onerror'\"&gt;</p>")
        .contains("<th scope=\"row\">javascript:window.__pwned = 'url'</th>")
        .contains("&lt;/title&gt;&lt;/svg&gt;&lt;script&gt;");
  }

  @Test
  void aTooltipInAnSvgBarIsEscapedToo() {
    assertThat(HTML).contains("<title>&lt;script&gt;window.__pwned");
  }
}
