package it.pianodizona.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Risorse della pagina: the page's one stylesheet and one script, inlined verbatim, and the
 * Content-Security-Policy that allows exactly them by their SHA-256 hashes. Neither is ever
 * built from report text, so they are the only markup written without escaping.
 */
public final class Assets {

  private final String css;
  private final String script;
  private final String contentSecurityPolicy;

  private Assets(String css, String script) {
    this.css = css;
    this.script = script;
    this.contentSecurityPolicy = "default-src 'none'; style-src '" + sha256(css) + "'; script-src '"
        + sha256(script) + "'; base-uri 'none'; form-action 'none'";
  }

  /** Loads the stylesheet and the script from the module's resources. */
  public static Assets load() {
    return new Assets(resource("report.css"), resource("sort.js"));
  }

  /** The stylesheet, inlined in a {@code <style>} element. */
  public String css() {
    return css;
  }

  /** The table-sorting script, inlined in a {@code <script>} element. */
  public String script() {
    return script;
  }

  /** The policy of the page's {@code <meta http-equiv="Content-Security-Policy">}. */
  public String contentSecurityPolicy() {
    return contentSecurityPolicy;
  }

  /** The CSP source expression of a text, e.g. {@code sha256-…}. */
  public static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = Assets.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " of plan-report");
      }
      // Line ends are normalised so that the hash does not depend on how the file was checked out.
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
