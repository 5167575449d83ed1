package it.pianodizona.report;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the sample reports under target/ for a person to look at (not a test). */
final class RenderSample {
  public static void main(String[] args) throws Exception {
    ReportRenderer renderer = ReportRenderer.create();
    Path dir = Path.of(args.length > 0 ? args[0] : "target/report-samples");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("crema-it.html"), renderer.render(SampleReports.crema(ReportLanguage.IT)));
    Files.writeString(dir.resolve("crema-en.html"), renderer.render(SampleReports.crema(ReportLanguage.EN)));
    Files.writeString(dir.resolve("hostile.html"), renderer.render(SampleReports.hostile()));
  }
}
