package it.pianodizona.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.standard.StandardRules;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Copertura delle regole: docs/RULE-COVERAGE.md names every model type and, in the type's
 * section, every field (public abstract accessor); the README's rule count is the catalogue's.
 */
class RuleCoverageDocTest {

  private static final Path DOC = Path.of("..", "docs", "RULE-COVERAGE.md");
  private static final Path README = Path.of("..", "README.md");

  @Test
  void everyModelTypeAndFieldHasARowInRuleCoverage() throws Exception {
    String doc = Files.readString(DOC);
    List<String> missing = new ArrayList<>();
    for (ClassPath.ClassInfo info : ClassPath.from(ZonePlan.class.getClassLoader())
        .getTopLevelClassesRecursive("it.pianodizona.model")) {
      Class<?> type = info.load();
      String name = type.getSimpleName();
      if (name.startsWith("Immutable") || name.equals("ModelStyle") || name.equals("package-info")
          || !Modifier.isPublic(type.getModifiers())) {
        continue;
      }
      int start = doc.indexOf("### `" + name + "`");
      if (start < 0) {
        missing.add(name);
        continue;
      }
      int end = doc.indexOf("\n### ", start + 1);
      String section = doc.substring(start, end < 0 ? doc.length() : end);
      if (type.isEnum()) {
        continue;
      }
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isAbstract(method.getModifiers()) && Modifier.isPublic(method.getModifiers())
            && method.getParameterCount() == 0 && !section.contains("| `" + method.getName() + "` |")) {
          missing.add(name + "." + method.getName());
        }
      }
    }
    assertThat(missing).as("model types and fields missing from docs/RULE-COVERAGE.md").isEmpty();
  }

  @Test
  void theReadmeRuleCountIsTheCatalogues() throws Exception {
    Matcher count = Pattern.compile("\\*\\*Catalogue\\*\\*: (\\d+) rules").matcher(Files.readString(README));
    assertThat(count.find()).as("README states the catalogue's size as '**Catalogue**: N rules'").isTrue();
    assertThat(Integer.parseInt(count.group(1))).as("README rule count")
        .isEqualTo(StandardRules.catalogue().ids().size());
  }
}
