package it.pianodizona.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.logging.LogEntry;

/** The diff report of the Crema pair in a real headless Chromium: one session for the class. */
class DiffReportBrowserTest {

  @RegisterExtension
  static final BrowserPage page = new BrowserPage("crema-diff-it.html",
      () -> ReportRenderer.create().render(DiffSamples.crema(ReportLanguage.IT)));

  @Test
  void theRewordedObjectiveShowsItsWordsDeletedAndInsertedWithVisibleMarks() {
    assertThat(page.driver().findElements(By.cssSelector(".worddiff del"))).isNotEmpty();
    assertThat(page.driver().findElements(By.cssSelector(".worddiff ins"))).isNotEmpty();
    assertThat(page.driver().findElement(By.cssSelector(".worddiff del")).getText()).startsWith("[−").endsWith("−]");
    assertThat(page.driver().findElement(By.cssSelector(".worddiff ins")).getText()).startsWith("{+").endsWith("+}");
  }

  @Test
  void theBudgetDeltasAreATable() {
    assertThat(page.driver().findElements(By.cssSelector("table caption")).stream().map(e -> e.getText()))
        .contains("Variazioni del budget tra le due versioni (euro)");
  }

  @Test
  void theConsoleShowsNoError() {
    assertThat(page.loadLog()).filteredOn(HeadlessChromium::isWarningOrError).extracting(LogEntry::getMessage).isEmpty();
  }

  @Test
  void axeReportsNoSeriousOrCriticalViolation() throws Exception {
    assertThat(HeadlessChromium.seriousOrCriticalViolations(page.driver())).isEmpty();
    Path png = HeadlessChromium.OUTPUT.resolve("crema-diff-it.png");
    Files.write(png, page.driver().getScreenshotAs(OutputType.BYTES));
  }
}
