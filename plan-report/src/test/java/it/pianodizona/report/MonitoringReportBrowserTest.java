package it.pianodizona.report;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.io.MonitoringJson;
import it.pianodizona.io.PlanJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The Crema monitoring report (bundled plan and monitoring file, as of 31 March 2018) and a
 * monitoring report made of hostile text, in a real headless Chromium: one session for the class.
 */
class MonitoringReportBrowserTest {

  private static final String HOSTILE_SCRIPT = "<script>window.pwned=1</script>";
  private static final String HOSTILE_IMG = "<img src=x onerror=window.pwned=2>";
  private static final String HOSTILE_LINK = "<a href=javascript:window.pwned=3>clic</a>";

  @RegisterExtension
  static final BrowserPage page = new BrowserPage("crema-monitoring-it.html",
      () -> ReportRenderer.create().render(MonitoringSamples.crema(ReportLanguage.IT)));

  @Test
  void theReportRendersInItalianWithTheIllustrativeNote() {
    assertThat(page.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("it");
    assertThat(page.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Monitoraggio — Piano di Zona 2015-2017");
    assertThat(page.driver().findElements(By.cssSelector("aside.note-illustrative"))).isNotEmpty();
    assertThat(page.driver().findElements(By.cssSelector("main h2")).stream().map(WebElement::getText))
        .contains("2 Anno 2015", "3 Anno 2016", "4 Anno 2017");
    assertThat(page.driver().findElements(By.cssSelector("td.status, th.status"))).isNotEmpty();
  }

  @Test
  void everyChartHasANonZeroSize() {
    List<WebElement> charts = page.driver().findElements(By.cssSelector("svg.chart-svg"));
    // planned against actual, per inhabitant, one attainment chart per year, action completion
    assertThat(charts).hasSize(6);
    for (WebElement chart : charts) {
      Dimension size = chart.getSize();
      assertThat(size.getWidth()).as("width of %s", chart.getAttribute("aria-labelledby")).isGreaterThan(200);
      assertThat(size.getHeight()).as("height of %s", chart.getAttribute("aria-labelledby")).isGreaterThan(100);
    }
  }

  @Test
  void theConsoleShowsNoError() {
    assertThat(page.loadLog()).filteredOn(HeadlessChromium::isWarningOrError).extracting(LogEntry::getMessage).isEmpty();
  }

  @Test
  void axeReportsNoSeriousOrCriticalViolation() {
    page.driver().get(page.url());
    assertThat(HeadlessChromium.seriousOrCriticalViolations(page.driver())).isEmpty();
  }

  @Test
  void hostileTextInThePlanAndTheMonitoringFileRunsNoScript() throws Exception {
    String planJson = Files.readString(MonitoringSamples.PLAN)
        .replace("\"title\": \"Piano di Zona 2015-2017\"", "\"title\": \"" + HOSTILE_SCRIPT + " Piano\"")
        .replace("\"title\": \"Osservatorio Territoriale", "\"title\": \"" + HOSTILE_IMG + " Osservatorio Territoriale")
        .replace("\"description\": \"Attivazione delle attività", "\"description\": \"" + HOSTILE_LINK + " Attivazione");
    String monitoringJson = Files.readString(MonitoringSamples.MONITORING)
        .replace("\"notes\": \"ILLUSTRATIVO.", "\"notes\": \"" + HOSTILE_SCRIPT + HOSTILE_IMG + HOSTILE_LINK + " ILLUSTRATIVO.")
        .replace("{\n          \"actionId\": \"act-1-1\",", "{\n          \"actionId\": \"act-1-1\",\n          \"notes\": \""
            + HOSTILE_IMG + "\",");
    var plan = PlanJson.read(planJson, "hostile-plan.json");
    var monitoring = MonitoringJson.read(monitoringJson, "hostile-monitoring.json");
    assertThat(plan.title()).contains(HOSTILE_SCRIPT);
    assertThat(monitoring.notes().orElseThrow()).contains(HOSTILE_IMG);
    String hostileUrl = HeadlessChromium.write("hostile-monitoring.html",
        ReportRenderer.create().render(MonitoringSamples.document(plan, monitoring, ReportLanguage.IT)));
    try {
      page.driver().get(hostileUrl);
      assertThat(page.driver().executeScript("return typeof window.pwned;")).isEqualTo("undefined");
      assertThat(page.driver().findElements(By.cssSelector("img"))).isEmpty();
      assertThat(page.driver().findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
      // the only script is the page's own table sorter, allowed by its hash
      assertThat(page.driver().findElements(By.tagName("script"))).hasSize(1);
      assertThat(page.driver().findElement(By.tagName("h1")).getText()).contains(HOSTILE_SCRIPT);
      assertThat(page.driver().findElement(By.tagName("body")).getText()).contains(HOSTILE_IMG, HOSTILE_LINK);
    } finally {
      page.driver().get(page.url());
    }
  }

  @Test
  void aScreenshotAndAnA4PdfAreWrittenForReview() throws Exception {
    page.driver().get(page.url());
    Number height = (Number) page.driver().executeScript("return document.documentElement.scrollHeight;");
    page.driver().manage().window().setSize(new Dimension(1200, Math.min(height.intValue() + 40, 16000)));
    Path png = HeadlessChromium.OUTPUT.resolve("crema-monitoring-it.png");
    Files.write(png, page.driver().getScreenshotAs(OutputType.BYTES));
    assertThat(Files.size(png)).isGreaterThan(50_000);
    // One picture per top-level section too: the whole page is too tall to review at once.
    List<WebElement> sections = page.driver().findElements(By.cssSelector("main > section"));
    for (int i = 0; i < sections.size(); i++) {
      Files.write(HeadlessChromium.OUTPUT.resolve("crema-monitoring-it-section-" + (i + 1) + ".png"),
          sections.get(i).getScreenshotAs(OutputType.BYTES));
    }

    PrintOptions print = new PrintOptions();
    print.setPageSize(PageSize.ISO_A4);
    print.setBackground(true);
    byte[] pdf = Base64.getDecoder().decode(page.driver().print(print).getContent());
    Path file = HeadlessChromium.OUTPUT.resolve("crema-monitoring-it.pdf");
    Files.write(file, pdf);
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(pdf.length).isGreaterThan(20_000);
  }
}
