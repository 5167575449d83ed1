package it.pianodizona.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;
import it.pianodizona.report.internal.Assets;
import it.pianodizona.report.internal.PageView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * Generatore HTML del rapporto: renders a {@link ReportDocument} as one self-contained HTML file.
 *
 * <p>The page needs no network and no JavaScript: styles are inline, charts are inline SVG with a
 * title, a description and a data table each; a tiny script that sorts tables marked
 * {@linkplain Table#sortable() sortable} is added only when there is one. A Content-Security-
 * Policy admits exactly that style and that script by hash, so text of the document is inert:
 * the template engine escapes every value, and even markup that slipped through could not run.
 * The page prints on A4.
 *
 * <p>Thread-safe: create one and share it. The templates are compiled to Java classes at build
 * time (jte), so rendering compiles nothing.
 */
public final class ReportRenderer {

  private static final String TEMPLATE = "report.jte";
  private static final String TEMPLATE_PACKAGE = "it.pianodizona.report.internal.templates";

  private final TemplateEngine engine;
  private final Assets assets;

  private ReportRenderer(TemplateEngine engine, Assets assets) {
    this.engine = engine;
    this.assets = assets;
  }

  /** A renderer using the templates precompiled into this module. */
  public static ReportRenderer create() {
    // With no class directory jte loads the precompiled template classes through the thread's
    // context class loader, captured when the engine is made. Make it this module's loader for
    // that moment, so a caller whose context loader cannot see plan-report still gets them.
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(ReportRenderer.class.getClassLoader());
    try {
      TemplateEngine engine = TemplateEngine.createPrecompiled(
          null, ContentType.Html, ReportRenderer.class.getClassLoader(), TEMPLATE_PACKAGE);
      return new ReportRenderer(engine, Assets.load());
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** Renders the document as an HTML page. */
  public String render(ReportDocument document) {
    StringOutput output = new StringOutput(64 * 1024);
    render(document, output);
    return output.toString();
  }

  /**
   * Writes the document as an HTML page to a writer (not closed). A caller writing a file writes
   * to a temporary file and moves it, so that a failure leaves no partial report.
   */
  public void render(ReportDocument document, Writer writer) throws IOException {
    try {
      render(document, new WriterOutput(writer));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void render(ReportDocument document, gg.jte.TemplateOutput output) {
    try {
      engine.render(TEMPLATE, Map.of("page", new PageView(document, assets)), output);
    } catch (TemplateException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io;
      }
      throw e;
    }
  }

  /** The page's Content-Security-Policy, for a caller that also serves the page over HTTP. */
  public String contentSecurityPolicy() {
    return assets.contentSecurityPolicy();
  }
}
