package it.pianodizona.docs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Incorporare il toolkit (README, "Embedding"): the consumer POM pins the compiler and surefire
 * plugins an integrator needs with Maven 3.8, at the versions this project builds with, and the
 * integrator project under examples/integrator pins the same.
 */
class EmbeddingDocTest {

  private static final Path ROOT = Path.of("..");

  private static String embeddingPom() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), UTF_8);
    int section = readme.indexOf("## Embedding");
    assertThat(section).as("README has an Embedding section").isNotNegative();
    Matcher xml = Pattern.compile("```xml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(xml.find(section)).as("the Embedding section has a POM snippet").isTrue();
    return xml.group(1);
  }

  private static String pluginVersion(String pom, String artifactId) {
    Matcher m = Pattern.compile("<artifactId>" + artifactId + "</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(pom);
    assertThat(m.find()).as("%s pinned", artifactId).isTrue();
    return m.group(1);
  }

  private static String property(String pom, String name) {
    Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
    assertThat(m.find()).as("property %s", name).isTrue();
    return m.group(1);
  }

  @Test
  void theConsumerPomPinsTheCompilerAndSurefireOfThisBuildAndSaysWhy() throws IOException {
    String snippet = embeddingPom();
    String parent = Files.readString(ROOT.resolve("pom.xml"), UTF_8);
    String integrator = Files.readString(ROOT.resolve("examples/integrator/pom.xml"), UTF_8);
    for (String plugin : new String[] {"maven-compiler-plugin", "maven-surefire-plugin"}) {
      String version = property(parent, plugin + ".version");
      assertThat(pluginVersion(snippet, plugin)).as("README %s", plugin).isEqualTo(version);
      assertThat(pluginVersion(integrator, plugin)).as("examples/integrator %s", plugin).isEqualTo(version);
    }
    assertThat(snippet).contains("<maven.compiler.release>17</maven.compiler.release>", "<artifactId>junit-jupiter</artifactId>");
    assertThat(integrator).contains("<maven.compiler.release>17</maven.compiler.release>", "<artifactId>junit-jupiter</artifactId>");
    assertThat(pluginVersion(snippet, "junit-bom")).isEqualTo(pluginVersion(integrator, "junit-bom"));
    assertThat(Files.readString(ROOT.resolve("README.md"), UTF_8))
        .contains("surefire-plugin 2.12.4", "**zero** JUnit 5");
  }
}
