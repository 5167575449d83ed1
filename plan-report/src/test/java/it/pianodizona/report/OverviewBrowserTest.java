package it.pianodizona.report;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.io.PlanJson;
import it.pianodizona.overview.Overview;
import it.pianodizona.overview.PlanFinder;
import it.pianodizona.overview.PlanSummariser;
import it.pianodizona.report.overview.OverviewReport;
import it.pianodizona.testkit.plans.SyntheticPlans;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;

/**
 * The overview page of the five bundled plans, 42 synthetic plans and one broken file, in a real
 * headless Chromium: one browser session for the class.
 */
class OverviewBrowserTest {

  @TempDir
  static Path plans;

  @RegisterExtension
  static final BrowserPage page = new BrowserPage("overview-it.html", OverviewBrowserTest::render);

  private static String render() throws IOException {
    for (int i = 0; i < 42; i++) {
      PlanJson.write(SyntheticPlans.plan(1, i), plans.resolve(String.format("synthetic-%04d.json", i)));
    }
    Files.writeString(plans.resolve("broken.json"), "{ \"id\": ");
    PlanFinder.Found found = PlanFinder.find(List.of(Path.of("../examples/plans"), plans), false);
    Overview overview = PlanSummariser.standard(LocalDate.of(2024, 6, 30)).overview(found.files(), 2, n -> { });
    return ReportRenderer.create().render(OverviewReport.document(overview, ReportLanguage.IT));
  }

  @Test
  void thePageRendersInItalianWithItsTitle() {
    assertThat(page.driver().getTitle()).isEqualTo("Quadro d'insieme dei Piani di Zona");
    assertThat(page.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("it");
    assertThat(page.driver().findElement(By.tagName("main")).getText())
        .contains("Ambito Distrettuale di Crema").contains("broken.json");
  }

  @Test
  void everyChartHasANonZeroSizeAndBars() {
    List<WebElement> charts = page.driver().findElements(By.cssSelector("svg.chart-svg"));
    // Spending by district, by region, findings by rule, coverage of policy areas.
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
  void theTableOfPlansSortsBySpendingPerInhabitant() {
    WebElement table = page.driver().findElements(By.cssSelector("table[data-sortable]")).stream()
        .filter(t -> t.findElement(By.tagName("caption")).getText().startsWith("Piani"))
        .findFirst().orElseThrow();
    assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(47);
    WebElement header = table.findElements(By.cssSelector("thead th")).get(5);
    assertThat(header.getText()).contains("€ per abitante");
    header.findElement(By.cssSelector("button.sort")).click();
    assertThat(header.getAttribute("aria-sort")).isEqualTo("ascending");
    header.findElement(By.cssSelector("button.sort")).click();
    assertThat(header.getAttribute("aria-sort")).isEqualTo("descending");
  }

  @Test
  void aScreenshotIsWrittenForReview() {
    page.driver().get(page.url());
    Number height = (Number) page.driver().executeScript("return document.documentElement.scrollHeight;");
    page.driver().manage().window().setSize(new Dimension(1200, Math.min(height.intValue() + 40, 12000)));
    Path png = HeadlessChromium.OUTPUT.resolve("overview-it.png");
    try {
      Files.write(png, page.driver().getScreenshotAs(OutputType.BYTES));
      assertThat(Files.size(png)).isGreaterThan(50_000);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
