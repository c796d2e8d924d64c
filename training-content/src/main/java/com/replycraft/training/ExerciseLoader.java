package com.replycraft.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads exercise files from the classpath and from directories, parses each, and keeps the good
 * ones with unique ids. A file is all or nothing: any problem skips the whole file.
 */
final class ExerciseLoader {

  /** Shipped exercises live under this classpath folder, listed in its {@value #INDEX} file. */
  static final String CLASSPATH_FOLDER = "exercises/";

  /**
   * Classpath folders cannot be listed portably (a jar inside a Spring Boot jar has no file system
   * view), so the shipped folder carries an index, one file name a line; a test keeps it in step
   * with the folder.
   */
  static final String INDEX = "index.txt";

  private final List<Exercise> exercises = new ArrayList<>();
  private final List<ExerciseProblem> problems = new ArrayList<>();
  private final Map<String, String> sourceById = new HashMap<>();

  List<Exercise> exercises() {
    return List.copyOf(exercises);
  }

  List<ExerciseProblem> problems() {
    return List.copyOf(problems);
  }

  void loadClasspath(ClassLoader loader) {
    String indexPath = CLASSPATH_FOLDER + INDEX;
    String index = readResource(loader, indexPath);
    if (index == null) {
      problems.add(new ExerciseProblem(indexPath, 1, "exercise index not found on the classpath"));
      return;
    }
    String[] lines = index.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String name = lines[i].strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      String path = CLASSPATH_FOLDER + name;
      String text = readResource(loader, path);
      if (text == null) {
        problems.add(
            new ExerciseProblem(indexPath, i + 1, "listed file \"" + name + "\" not found"));
      } else {
        accept(path, text);
      }
    }
  }

  /** Every {@code *.yaml} / {@code *.yml} file under the directory, recursively, in path order. */
  void loadDirectory(Path directory) {
    if (!Files.isDirectory(directory)) {
      problems.add(new ExerciseProblem(directory.toString(), 1, "not a directory"));
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(directory)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(
                  p -> {
                    String name = p.getFileName().toString();
                    return name.endsWith(".yaml") || name.endsWith(".yml");
                  })
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list exercise directory " + directory, e);
    }
    for (Path file : files) {
      String text;
      try {
        text = decode(Files.readAllBytes(file));
      } catch (CharacterCodingException e) {
        problems.add(new ExerciseProblem(file.toString(), 1, "not valid UTF-8"));
        continue;
      } catch (IOException e) {
        problems.add(new ExerciseProblem(file.toString(), 1, "cannot read: " + e.getMessage()));
        continue;
      }
      accept(file.toString(), text);
    }
  }

  void accept(String path, String text) {
    ExerciseParser.Outcome outcome = ExerciseParser.parse(path, text);
    problems.addAll(outcome.problems());
    Exercise exercise = outcome.exercise();
    if (exercise == null) {
      return;
    }
    String first = sourceById.putIfAbsent(exercise.id(), path);
    if (first != null) {
      problems.add(
          new ExerciseProblem(
              path,
              idLine(text),
              "duplicate id \"" + exercise.id() + "\" (already defined in " + first + ")"));
      return;
    }
    exercises.add(exercise);
  }

  private static int idLine(String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("id:")) {
        return i + 1;
      }
    }
    return 1;
  }

  private @Nullable String readResource(ClassLoader loader, String path) {
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        return null;
      }
      return decode(in.readAllBytes());
    } catch (CharacterCodingException e) {
      problems.add(new ExerciseProblem(path, 1, "not valid UTF-8"));
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath resource " + path, e);
    }
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
