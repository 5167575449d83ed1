package it.pianodizona.io;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import it.pianodizona.io.internal.JacksonAdapters;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Modulo Jackson del Piano di Zona: registers the plan's JSON form with an integrator's own
 * {@code ObjectMapper}, for plans and every model type inside their documents.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new PlanModule());
 * ZonePlan plan = mapper.readValue(json, ZonePlan.class);
 * }</pre>
 *
 * <p>Model types are read and written exactly as {@link PlanJson} does — the same field names
 * and order, amounts with two decimals, numbers never through {@code double} — while layout
 * and limits follow the integrator's mapper. A read error is a Jackson
 * {@code JsonMappingException} whose cause is the {@link PlanReadException} with its JSON
 * Pointer; with {@code FAIL_ON_UNKNOWN_PROPERTIES} disabled, unknown fields are skipped.
 * {@code java.time} types outside the model are left to the integrator's own modules.
 */
public final class PlanModule extends Module {

  /** The build writes its coordinates into {@code plan-io.properties}; read once. */
  private static final Version VERSION = buildVersion();

  @Override
  public String getModuleName() {
    return PlanModule.class.getName();
  }

  /** The version of plan-io that this module belongs to, as the build recorded it. */
  @Override
  public Version version() {
    return VERSION;
  }

  static Version buildVersion() {
    try (InputStream in = PlanModule.class.getResourceAsStream("plan-io.properties")) {
      if (in == null) {
        return Version.unknownVersion(); // classes compiled outside the Maven build
      }
      Properties build = new Properties();
      build.load(in);
      String version = build.getProperty("version", "");
      if (version.isEmpty() || version.startsWith("${")) {
        return Version.unknownVersion();
      }
      return VersionUtil.parseVersion(version, build.getProperty("groupId"), build.getProperty("artifactId"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(JacksonAdapters.serializers());
    context.addDeserializers(JacksonAdapters.deserializers());
  }
}
