package it.pianodizona.report;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;

/**
 * Chromium senza interfaccia: the system's headless Chromium driven through the system's
 * chromedriver. Nothing is downloaded: both paths are given, so Selenium Manager is never asked.
 * On a machine without them the browser tests are skipped with a message; in CI ({@code CI=true})
 * they fail instead, because there the browser must have been installed by {@code .ci/run}.
 */
final class HeadlessChromium {

  static final Path DRIVER = Path.of(System.getProperty("pdz.chromedriver", "/usr/bin/chromedriver"));
  static final Path BROWSER = Path.of(System.getProperty("pdz.chromium", "/usr/bin/chromium"));
  /** Where pages, screenshots and PDF prints are written for review. */
  static final Path OUTPUT = Path.of("target", "browser");

  private HeadlessChromium() {}

  /** Skips the calling test class without a browser, or fails it in CI. */
  static void assumeInstalled() {
    boolean installed = Files.isExecutable(DRIVER) && Files.isExecutable(BROWSER);
    if (installed) {
      return;
    }
    String message = "browser tests need " + BROWSER + " and " + DRIVER
        + " (Debian: apt-get install -y chromium chromium-driver)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("CI=true and " + message);
    }
    // Surefire does not print why a class was skipped: say it on the build log too.
    System.err.println("[plan-report] browser tests skipped: " + message);
    assumeTrue(false, "skipped: " + message);
  }

  /** Starts one browser session with a fresh profile. */
  static ChromeDriver start() {
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
    Path profile;
    try {
      Files.createDirectories(OUTPUT);
      profile = Files.createTempDirectory("pdz-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--window-size=1200,1600");
    // The map form of LoggingPreferences: the tests are compiled into this module, which does not
    // read java.logging, where Selenium's Level lives.
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return driver;
  }

  /** Whether a console entry is a warning or an error (a CSP violation is an error). */
  static boolean isWarningOrError(LogEntry entry) {
    String text = entry.toString();
    return text.contains("[SEVERE]") || text.contains("[WARNING]");
  }

  /** Writes a page under {@link #OUTPUT} and returns its {@code file:} URL. */
  static String write(String name, String html) {
    try {
      Files.createDirectories(OUTPUT);
      Path file = OUTPUT.resolve(name).toAbsolutePath();
      Files.writeString(file, html, StandardCharsets.UTF_8);
      return file.toUri().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs axe-core (from its Maven Central webjar) on the loaded page and returns its violations as
   * maps of id, impact, help and the offending elements.
   */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> axeViolations(ChromeDriver driver) {
    driver.executeScript(axeSource());
    Object result = driver.executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
            + "  done(r.violations.map(function (v) { return {id: v.id, impact: v.impact || '', help: v.help,"
            + "    nodes: v.nodes.map(function (n) { return String(n.target); }).join(' | ')}; }));"
            + "}).catch(function (e) { done('axe failed: ' + e); });");
    if (result instanceof String error) {
      throw new AssertionError(error);
    }
    return (List<Map<String, Object>>) result;
  }

  /** The axe-core violations of the loaded page whose impact is serious or critical. */
  static List<Map<String, Object>> seriousOrCriticalViolations(ChromeDriver driver) {
    return axeViolations(driver).stream()
        .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
        .toList();
  }

  private static String axeSource() {
    try {
      Properties pom = new Properties();
      try (InputStream in = resource("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
        pom.load(in);
      }
      String path = "META-INF/resources/webjars/axe-core/" + pom.getProperty("version") + "/axe.min.js";
      try (InputStream in = resource(path)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String path) {
    InputStream in = HeadlessChromium.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("not on the test class path: " + path);
    }
    return in;
  }
}
