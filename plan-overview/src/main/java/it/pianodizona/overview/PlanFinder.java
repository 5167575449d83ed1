package it.pianodizona.overview;

import com.google.common.collect.ImmutableList;
import it.pianodizona.io.SafeText;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Ricerca dei file dei piani: expands the paths a user names into plan files. A file named is
 * taken as it is; a directory gives its {@code .json} files (and, when recursive, those of its
 * subdirectories, following symbolic links). A symbolic-link loop or a directory that cannot be
 * read becomes a row with its error: never fatal.
 */
public final class PlanFinder {

  private PlanFinder() {}

  /** The files found and the rows of what could not be walked. */
  public record Found(ImmutableList<Path> files, ImmutableList<PlanRow> problems) {}

  /** Expands these paths, in the order given, each directory's files in name order. */
  public static Found find(List<Path> paths, boolean recursive) {
    List<Path> files = new ArrayList<>();
    List<PlanRow> problems = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.isDirectory(path)) {
        files.add(path);
        continue;
      }
      List<Path> found = new ArrayList<>();
      try {
        Files.walkFileTree(path, EnumSet.of(FileVisitOption.FOLLOW_LINKS), recursive ? Integer.MAX_VALUE : 1,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                  found.add(file);
                }
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path file, IOException e) {
                problems.add(PlanRow.unreadable(file.toString(), walkFailure(file, e)));
                return FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException e) {
        problems.add(PlanRow.unreadable(path.toString(), walkFailure(path, e)));
      }
      found.sort(null);
      files.addAll(found);
    }
    return new Found(ImmutableList.copyOf(files), ImmutableList.copyOf(problems));
  }

  private static ReadFailure walkFailure(Path path, IOException e) {
    String location = SafeText.oneLine(path.toString());
    if (e instanceof FileSystemLoopException) {
      return ReadFailure.of(location, "ciclo di collegamenti simbolici: cartella saltata",
          "symbolic link loop: directory skipped");
    }
    if (e instanceof AccessDeniedException) {
      return ReadFailure.of(location, "permesso di lettura negato", "permission denied");
    }
    return PlanSummariser.ioFailure(path, e);
  }
}
