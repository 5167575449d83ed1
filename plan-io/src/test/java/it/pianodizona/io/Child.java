package it.pianodizona.io;

import it.pianodizona.model.ZonePlan;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The other JVM of {@link JavaProcess}: {@code read FILE} prints how reading ended (the error's
 * kind and location, or {@code read}); {@code rewrite TARGET PLAN} writes the plan of file
 * PLAN over TARGET, atomically, again and again until it is killed.
 */
final class Child {

  private Child() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "read":
        try {
          PlanJson.read(Path.of(args[1]));
          System.out.println("read");
        } catch (PlanReadException e) {
          System.out.println(e.kind() + " " + e.location());
        } catch (OutOfMemoryError e) {
          System.out.println("OutOfMemoryError");
        }
        break;
      case "rewrite":
        ZonePlan plan = PlanJson.read(Path.of(args[2]));
        Path target = Path.of(args[1]);
        Files.writeString(target.resolveSibling("started"), "");
        while (true) {
          PlanJson.write(plan, target);
        }
      default:
        throw new IllegalArgumentException(args[0]);
    }
  }
}
