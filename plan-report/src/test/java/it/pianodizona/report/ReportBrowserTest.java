package it.pianodizona.report;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The Crema sample report in a real headless Chromium: one browser session for the class. */
class ReportBrowserTest {

  @RegisterExtension
  static final BrowserPage page = new BrowserPage("crema-it.html",
      () -> ReportRenderer.create().render(SampleReports.crema(ReportLanguage.IT)));

  @Test
  void thePageRendersInItalianWithItsTitle() {
    assertThat(page.driver().getTitle()).isEqualTo("Monitoraggio 2016 — Piano di Zona 2015-2017");
    assertThat(page.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("it");
    assertThat(page.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Monitoraggio 2016 — Piano di Zona 2015-2017");
    assertThat(page.driver().findElements(By.cssSelector("main table caption"))).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void everyChartHasANonZeroSize() {
    List<WebElement> charts = page.driver().findElements(By.cssSelector("svg.chart-svg"));
    assertThat(charts).hasSize(4);
    for (WebElement chart : charts) {
      Dimension size = chart.getSize();
      assertThat(size.getWidth()).as("width of %s", chart.getAttribute("aria-labelledby")).isGreaterThan(200);
      assertThat(size.getHeight()).as("height of %s", chart.getAttribute("aria-labelledby")).isGreaterThan(100);
      assertThat(chart.findElements(By.cssSelector("rect.bar"))).isNotEmpty();
    }
  }

  @Test
  void theConsoleShowsNoErrorNotEvenACspViolation() {
    assertThat(page.loadLog())
        .filteredOn(HeadlessChromium::isWarningOrError)
        .extracting(LogEntry::getMessage)
        .isEmpty();
  }

  @Test
  void axeReportsNoSeriousOrCriticalViolation() {
    assertThat(HeadlessChromium.seriousOrCriticalViolations(page.driver())).isEmpty();
  }

  @Test
  void theSortableTableSortsByAColumnAndSaysSo() {
    WebElement table = page.driver().findElement(By.cssSelector("table[data-sortable]"));
    WebElement header = table.findElements(By.cssSelector("thead th")).get(4);
    header.findElement(By.cssSelector("button.sort")).click();
    assertThat(header.getAttribute("aria-sort")).isEqualTo("ascending");
    assertThat(firstRowHeader(table)).isEqualTo("1. Osservatorio");
    header.findElement(By.cssSelector("button.sort")).click();
    assertThat(header.getAttribute("aria-sort")).isEqualTo("descending");
    assertThat(firstRowHeader(table)).isEqualTo("7. Gestione associata");
    assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(10);
  }

  private static String firstRowHeader(WebElement table) {
    return table.findElement(By.cssSelector("tbody tr th")).getText();
  }

  @Test
  void aScreenshotAndAnA4PdfAreWrittenForReview() throws Exception {
    page.driver().get(page.url()); // as written, whatever another test sorted
    Number height = (Number) page.driver().executeScript("return document.documentElement.scrollHeight;");
    page.driver().manage().window().setSize(new Dimension(1200, Math.min(height.intValue() + 40, 12000)));
    Path png = HeadlessChromium.OUTPUT.resolve("crema-it.png");
    Files.write(png, page.driver().getScreenshotAs(OutputType.BYTES));
    assertThat(Files.size(png)).isGreaterThan(50_000);

    PrintOptions print = new PrintOptions();
    print.setPageSize(PageSize.ISO_A4);
    print.setBackground(true);
    byte[] pdf = Base64.getDecoder().decode(page.driver().print(print).getContent());
    Path file = HeadlessChromium.OUTPUT.resolve("crema-it.pdf");
    Files.write(file, pdf);
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(pdf.length).isGreaterThan(20_000);
  }
}
