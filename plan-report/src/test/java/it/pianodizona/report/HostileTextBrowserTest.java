package it.pianodizona.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;

/** A report made of hostile text, in a real headless Chromium: it shows the text and runs none of it. */
class HostileTextBrowserTest {

  @RegisterExtension
  static final BrowserPage page = new BrowserPage("hostile.html",
      () -> ReportRenderer.create().render(SampleReports.hostile()));

  private static int scriptsAtLoad;

  @BeforeAll
  static void countTheScriptsAtLoad() {
    scriptsAtLoad = page.driver().findElements(By.tagName("script")).size();
  }

  @Test
  void noHostileScriptRan() {
    assertThat(page.driver().executeScript("return typeof window.__pwned;")).isEqualTo("undefined");
    assertThat(page.driver().getTitle()).isEqualTo(SampleReports.SCRIPT);
  }

  @Test
  void theHostileTextIsShownAsText() {
    String body = page.driver().findElement(By.tagName("body")).getText();
    assertThat(body).contains(SampleReports.SCRIPT, SampleReports.ONERROR, SampleReports.JAVASCRIPT_URL);
    assertThat(page.driver().findElement(By.tagName("h1")).getText()).isEqualTo(SampleReports.SCRIPT);
    assertThat(page.driver().findElements(By.tagName("img"))).isEmpty();
    assertThat(page.driver().findElements(By.cssSelector("[onerror], [onload], a[href^='javascript']"))).isEmpty();
    assertThat(scriptsAtLoad).as("the renderer's own sorting script only").isEqualTo(1);
    assertThat(page.driver().findElement(By.tagName("body")).isDisplayed()).isTrue();
  }

  @Test
  void theOwnSortingScriptIsAllowedByItsHash() {
    assertThat(page.driver().findElements(By.cssSelector("table[data-sortable] th button.sort"))).hasSize(2);
  }

  @Test
  void thePageLoadedWithoutAnyBlockedAttempt() {
    assertThat(page.loadLog())
        .filteredOn(HeadlessChromium::isWarningOrError)
        .extracting(LogEntry::getMessage)
        .isEmpty();
  }

  @Test
  void theContentSecurityPolicyBlocksAnInlineScriptInjectedLater() {
    Object outcome = page.driver().executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "var violations = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) { violations.push(e.violatedDirective); });"
            + "var s = document.createElement('script');"
            + "s.textContent = 'window.__injected = true;';"
            + "document.body.appendChild(s);"
            + "setTimeout(function () { done([String(window.__injected), violations.join(',')]); }, 200);");
    assertThat(outcome).isEqualTo(List.of("undefined", "script-src-elem"));
  }
}
