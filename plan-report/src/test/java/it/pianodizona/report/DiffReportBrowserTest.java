package it.pianodizona.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/** The diff report of the Crema pair in a real headless Chromium: one session for the class. */
class DiffReportBrowserTest {

  private static ChromeDriver driver;
  private static List<LogEntry> loadLog;

  @BeforeAll
  static void openTheCremaDiffReport() {
    HeadlessChromium.assumeInstalled();
    String url = HeadlessChromium.write("crema-diff-it.html",
        ReportRenderer.create().render(DiffSamples.crema(ReportLanguage.IT)));
    driver = HeadlessChromium.start();
    driver.get(url);
    loadLog = driver.manage().logs().get(LogType.BROWSER).getAll();
  }

  @AfterAll
  static void closeTheBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void theRewordedObjectiveShowsItsWordsDeletedAndInsertedWithVisibleMarks() {
    assertThat(driver.findElements(By.cssSelector(".worddiff del"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector(".worddiff ins"))).isNotEmpty();
    assertThat(driver.findElement(By.cssSelector(".worddiff del")).getText()).startsWith("[−").endsWith("−]");
    assertThat(driver.findElement(By.cssSelector(".worddiff ins")).getText()).startsWith("{+").endsWith("+}");
  }

  @Test
  void theBudgetDeltasAreATable() {
    assertThat(driver.findElements(By.cssSelector("table caption")).stream().map(e -> e.getText()))
        .contains("Variazioni del budget tra le due versioni (euro)");
  }

  @Test
  void theConsoleShowsNoError() {
    assertThat(loadLog).filteredOn(HeadlessChromium::isWarningOrError).extracting(LogEntry::getMessage).isEmpty();
  }

  @Test
  void axeReportsNoSeriousOrCriticalViolation() throws Exception {
    assertThat(HeadlessChromium.seriousOrCriticalViolations(driver)).isEmpty();
    Path png = HeadlessChromium.OUTPUT.resolve("crema-diff-it.png");
    Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
  }
}
