package it.pianodizona.report;

import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Pagina nel browser: one page, rendered once and opened in one headless Chromium session for
 * the whole test class, which registers it as a static {@code @RegisterExtension} field. The
 * console log of the load is kept, because later tests click and scroll and add their own
 * entries. The page is rendered in {@code beforeAll}, after JUnit's own extensions, so a static
 * {@code @TempDir} is there to render from.
 */
final class BrowserPage implements BeforeAllCallback, AfterAllCallback {

  private final String name;
  private final Callable<String> html;
  private ChromeDriver driver;
  private String url;
  private List<LogEntry> loadLog;

  /** A page written as {@code target/browser/<name>}, from the HTML {@code html} renders. */
  BrowserPage(String name, Callable<String> html) {
    this.name = name;
    this.html = html;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    HeadlessChromium.assumeInstalled();
    url = HeadlessChromium.write(name, html.call());
    driver = HeadlessChromium.start();
    driver.get(url);
    loadLog = driver.manage().logs().get(LogType.BROWSER).getAll();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (driver != null) {
      driver.quit();
    }
  }

  ChromeDriver driver() {
    return driver;
  }

  /** The page's {@code file:} URL, to load it again as written. */
  String url() {
    return url;
  }

  /** The console entries of the first load. */
  List<LogEntry> loadLog() {
    return loadLog;
  }
}
