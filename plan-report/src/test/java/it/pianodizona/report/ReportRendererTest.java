package it.pianodizona.report;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.report.internal.Assets;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportRendererTest {

  private static final ReportRenderer RENDERER = ReportRenderer.create();
  private static final String CREMA = RENDERER.render(SampleReports.crema(ReportLanguage.IT));

  private static String between(String html, String open, String close) {
    int start = html.indexOf(open) + open.length();
    return html.substring(start, html.indexOf(close, start));
  }

  @Test
  void thePageIsItalianByDefaultAndEnglishOnRequest() {
    assertThat(CREMA).startsWith("<!DOCTYPE html>\n<html lang=\"it\">").contains("Indice", "Generato il 28 novembre 2026");
    String english = RENDERER.render(SampleReports.crema(ReportLanguage.EN));
    assertThat(english).contains("<html lang=\"en\">", "Contents", "Generated on 28 November 2026", "€5,265,488.22");
  }

  @Test
  void theCspAdmitsExactlyTheInlineStyleAndScriptByHash() {
    String css = between(CREMA, "<style>", "</style>");
    String script = between(CREMA, "<script>", "</script>");
    String policy = "default-src &#39;none&#39;; style-src &#39;" + Assets.sha256(css) + "&#39;; script-src &#39;"
        + Assets.sha256(script) + "&#39;; base-uri &#39;none&#39;; form-action &#39;none&#39;";
    assertThat(CREMA).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"" + policy + "\">");
    assertThat(RENDERER.contentSecurityPolicy()).doesNotContain("unsafe").startsWith("default-src 'none';");
    assertThat(CREMA.indexOf("Content-Security-Policy")).isLessThan(CREMA.indexOf("<style>"));
  }

  @Test
  void thePageLoadsNothingFromOutside() {
    assertThat(CREMA).doesNotContain("http://", "https://", "src=", "@import", "<link", "style=\"");
  }

  @Test
  void theSortingScriptIsAddedOnlyForASortableTable() {
    ReportDocument plain = ReportDocument.builder().title("t").generatedOn(SampleReports.GENERATED_ON)
        .addSections(Section.builder().heading("s").addBlocks(Table.builder().caption("c")
            .addColumns(Column.text("a")).addRows(Row.of(Cell.text("x"))).build()).build())
        .build();
    assertThat(RENDERER.render(plain)).doesNotContain("<script");
    assertThat(CREMA).containsOnlyOnce("<script>");
  }

  @Test
  void tablesHaveCaptionsScopedHeadersAndRightAlignedNumbers() {
    assertThat(CREMA).contains("<caption>Esecuzione della spesa per anno</caption>", "<th scope=\"col\" class=\"num\">Previsto</th>",
        "<th scope=\"row\">2015</th>", "<td class=\"num\" data-sort=\"5265488.22\">5.265.488,22 €</td>");
    assertThat(CREMA).doesNotContain("<th>");
  }

  @Test
  void anUnknownAmountIsShownAsNotAvailableNeverAsZero() {
    assertThat(CREMA).contains("<td class=\"num\"><abbr title=\"dato non disponibile\">n.d.</abbr></td>");
  }

  @Test
  void aStatusIsAnIconAndAWordNotAColourAlone() {
    assertThat(CREMA).contains("<span class=\"badge badge-partly-met\"><svg class=\"icon\"",
        "<span class=\"badge-text\">Parzialmente raggiunto</span>");
  }

  @Test
  void everyChartIsAnImageNamedByItsTitleAndDescribedWithADataTable() {
    Matcher charts = Pattern.compile("<svg class=\"chart-svg[^\"]*\" viewBox=\"[^\"]+\" role=\"img\" "
        + "aria-labelledby=\"(chart-\\d+)-title chart-\\d+-desc\"").matcher(CREMA);
    int count = 0;
    while (charts.find()) {
      count++;
      String id = charts.group(1);
      assertThat(CREMA).contains("<title id=\"" + id + "-title\">", "<desc id=\"" + id + "-desc\">");
    }
    assertThat(count).isEqualTo(4);
    assertThat(CREMA).contains("<caption>Dati del grafico: Budget 2016 per obiettivo</caption>");
  }

  @Test
  void headingsDescendFromOneH1() {
    assertThat(CREMA).containsOnlyOnce("<h1>").contains("<h2 id=\"s-3\">", "<h3 id=\"s-3-1\">").doesNotContain("<h5");
  }

  @Test
  void theSameDocumentGivesTheSameBytes() throws Exception {
    StringWriter writer = new StringWriter();
    RENDERER.render(SampleReports.crema(ReportLanguage.IT), writer);
    assertThat(writer.toString()).isEqualTo(CREMA);
  }

  @Test
  void aRendererMadeUnderAForeignContextClassLoaderStillFindsItsTemplates() throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (java.net.URLClassLoader empty = new java.net.URLClassLoader(new java.net.URL[0], null)) {
      thread.setContextClassLoader(empty);
      assertThat(ReportRenderer.create().render(SampleReports.crema(ReportLanguage.IT))).isEqualTo(CREMA);
      assertThat(thread.getContextClassLoader()).isSameAs(empty);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  @Test
  void aKeyFigureCanBeANumberInItsFormat() {
    ReportDocument doc = ReportDocument.builder().title("t").generatedOn(SampleReports.GENERATED_ON)
        .addKeyFigures(KeyFigure.of("Quota", Cell.number(new BigDecimal("44.81"), ValueFormat.PERCENT)))
        .build();
    assertThat(RENDERER.render(doc)).contains("<dd class=\"figure-value\">44,8%</dd>");
  }
}
