package it.pianodizona.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * docs/TUTORIAL.md, step by step: every {@code <!-- file: NAME -->} JSON block is written to NAME
 * in a fresh folder, every {@code $ ./pdz ...} line of a console block is run there (in process)
 * and its output must be the lines the page shows under it.
 */
class TutorialTest {

  private static final Path TUTORIAL = Path.of("../docs/TUTORIAL.md");
  private static final Pattern BLOCK = Pattern.compile(
      "(?:<!-- file: (\\S+) -->\\n)?```(json|console)\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everySnippetOfTheTutorialIsWhatPdzReadsAndPrints(@TempDir Path dir) throws IOException {
    String tutorial = Files.readString(TUTORIAL, UTF_8);
    Matcher m = BLOCK.matcher(tutorial);
    int files = 0;
    int commands = 0;
    boolean settings = false;
    while (m.find()) {
      String body = m.group(3);
      if (m.group(2).equals("json")) {
        assertThat(m.group(1)).as("a JSON block of the tutorial names its file").isNotNull();
        Path file = dir.resolve(m.group(1));
        Files.createDirectories(file.getParent());
        Files.writeString(file, body, UTF_8);
        files++;
        if (m.group(1).equals(".vscode/settings.json")) {
          checkSettings(dir, new ObjectMapper().readTree(body));
          settings = true;
        }
      } else {
        commands += runConsole(dir, body);
      }
    }
    assertThat(files).isGreaterThanOrEqualTo(7);
    assertThat(commands).isGreaterThanOrEqualTo(8);
    assertThat(settings).as("the VS Code settings are shown").isTrue();
  }

  /** The settings give the schema written in step 1 to the plan files of the tutorial. */
  private static void checkSettings(Path dir, JsonNode settings) {
    JsonNode schema = settings.get("json.schemas").get(0);
    assertThat(dir.resolve(schema.get("url").asText()).normalize()).exists();
    assertThat(Files.exists(dir.resolve(schema.get("url").asText()))).isTrue();
    List<String> globs = new ArrayList<>();
    schema.get("fileMatch").forEach(g -> globs.add(g.asText()));
    assertThat(globs).anyMatch(g -> FileSystems.getDefault().getPathMatcher("glob:" + g).matches(Path.of("piano.json")));
  }

  private static int runConsole(Path dir, String body) throws IOException {
    String[] parts = ("\n" + body).split("\n\\$ ");
    int count = 0;
    for (String part : Arrays.asList(parts).subList(1, parts.length)) {
      int newline = part.indexOf('\n');
      String command = part.substring(0, newline);
      String expected = part.substring(newline + 1);
      assertThat(command).startsWith("./pdz ");
      List<String> args = new ArrayList<>(Arrays.asList(command.substring("./pdz ".length()).split(" ")));
      String redirect = null;
      int arrow = args.indexOf(">");
      if (arrow >= 0) {
        redirect = args.get(arrow + 1);
        args = args.subList(0, arrow);
      }
      String prefix = dir.toString() + "/";
      String[] resolved = args.stream().map(a -> a.endsWith(".json") ? prefix + a : a).toArray(String[]::new);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CommandLine cli = Pdz.commandLine(Map.of());
      cli.setOut(new PrintWriter(out));
      cli.setErr(new PrintWriter(err));
      cli.execute(resolved);
      if (redirect != null) {
        Files.writeString(dir.resolve(redirect), out.toString(), UTF_8);
        assertThat(err.toString()).isEmpty();
        assertThat(expected).as(command).isEmpty();
      } else {
        // the page ends each output with its last line; a line break only separates commands
        assertThat((out.toString() + err.toString()).replace(prefix, "").stripTrailing()).as(command)
            .isEqualTo(expected.stripTrailing());
      }
      count++;
    }
    return count;
  }
}
