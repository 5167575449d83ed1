package it.pianodizona.rules.profile;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * Risorse dei profili: reads the planning cycles of a region from its resource
 * {@code it/pianodizona/rules/profile/<id>.properties} (UTF-8), so that a new cycle or DGR is a
 * change of data with its citation, not of code. The format is documented in the Lombardia file.
 */
final class ProfileResources {

  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();
  private static final Splitter AREAS = Splitter.on('|').trimResults().omitEmptyStrings();

  private ProfileResources() {}

  /** The cycles of the resource for {@code id}; a missing or malformed resource is a build error. */
  static ImmutableList<PlanningCycle> cycles(String id) {
    return cycles(id, load(id));
  }

  /** The region's current plan as its resource names it. */
  static Optional<String> regionalPlan(String id) {
    return text(load(id), "regionalPlan");
  }

  static Properties load(String id) {
    String name = id + ".properties";
    try (InputStream in = ProfileResources.class.getResourceAsStream(name)) {
      checkState(in != null, "profile resource %s is missing", name);
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read profile resource " + name, e);
    }
  }

  static ImmutableList<PlanningCycle> cycles(String id, Properties p) {
    ImmutableList.Builder<PlanningCycle> cycles = ImmutableList.builder();
    for (String label : LIST.split(p.getProperty("cycles", ""))) {
      cycles.add(cycle(id, label, p));
    }
    return cycles.build();
  }

  private static PlanningCycle cycle(String id, String label, Properties p) {
    int dash = label.indexOf('-');
    checkState(dash > 0, "profile %s: cycle '%s' is not first-last", id, label);
    ImmutablePlanningCycle.Builder cycle = PlanningCycle.builder()
        .firstYear(Year.parse(label.substring(0, dash)))
        .lastYear(Year.parse(label.substring(dash + 1)));
    String key = label + ".";
    text(p, key + "guidelines").ifPresent(cycle::guidelines);
    date(id, p, key + "signatureDeadline").ifPresent(cycle::agreementSignatureDeadline);
    text(p, key + "signatureDeadline.citation").ifPresent(cycle::signatureDeadlineReference);
    date(id, p, key + "extendedSignatureDeadline").ifPresent(cycle::extendedSignatureDeadline);
    text(p, key + "extendedSignatureDeadline.citation").ifPresent(cycle::extensionReference);
    text(p, key + "extendedLastYear").map(Year::parse).ifPresent(cycle::extendedLastYear);
    text(p, key + "extendedLastYear.citation").ifPresent(cycle::cycleExtensionReference);
    text(p, key + "healthcareTrustSigns").map(Boolean::parseBoolean)
        .ifPresent(cycle::signatoriesRequireHealthcareTrust);
    text(p, key + "strategicAreas").ifPresent(areas -> cycle.addAllRequiredStrategicAreas(AREAS.split(areas)));
    text(p, key + "verify").ifPresent(fields -> cycle.addAllToVerify(LIST.split(fields)));
    return cycle.build();
  }

  private static Optional<String> text(Properties p, String key) {
    return Optional.ofNullable(p.getProperty(key)).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static Optional<LocalDate> date(String id, Properties p, String key) {
    try {
      return text(p, key).map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("profile " + id + ": " + key + " is not an ISO date", e);
    }
  }
}
