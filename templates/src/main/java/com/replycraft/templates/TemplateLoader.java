package com.replycraft.templates;

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

/**
 * Reads template files from the classpath and from directories, parses each, and keeps the good
 * ones with unique ids. A file is all or nothing: any problem skips the whole file.
 */
final class TemplateLoader {

  /** Shipped templates live under this classpath folder, listed in its {@value #INDEX} file. */
  static final String CLASSPATH_FOLDER = "templates/";

  /**
   * Classpath folders cannot be listed portably (a jar inside a Spring Boot jar has no file system
   * view), so the shipped folder carries an index, one file name a line; a test keeps it in step
   * with the folder.
   */
  static final String INDEX = "index.txt";

  private final List<Template> templates = new ArrayList<>();
  private final List<TemplateProblem> problems = new ArrayList<>();
  private final Map<String, String> sourceById = new HashMap<>();

  List<Template> templates() {
    return List.copyOf(templates);
  }

  List<TemplateProblem> problems() {
    return List.copyOf(problems);
  }

  void loadClasspath(ClassLoader loader) {
    String indexPath = CLASSPATH_FOLDER + INDEX;
    String index = readResource(loader, indexPath);
    if (index == null) {
      problems.add(new TemplateProblem(indexPath, 1, "template index not found on the classpath"));
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
            new TemplateProblem(indexPath, i + 1, "listed file \"" + name + "\" not found"));
      } else {
        accept(path, text);
      }
    }
  }

  /** Every {@code *.md} file under the directory, recursively, in path order. */
  void loadDirectory(Path directory) {
    if (!Files.isDirectory(directory)) {
      problems.add(new TemplateProblem(directory.toString(), 1, "not a directory"));
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(directory)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().endsWith(".md"))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list template directory " + directory, e);
    }
    for (Path file : files) {
      String text;
      try {
        text = decode(Files.readAllBytes(file));
      } catch (CharacterCodingException e) {
        problems.add(new TemplateProblem(file.toString(), 1, "not valid UTF-8"));
        continue;
      } catch (IOException e) {
        problems.add(new TemplateProblem(file.toString(), 1, "cannot read: " + e.getMessage()));
        continue;
      }
      accept(file.toString(), text);
    }
  }

  void accept(String path, String text) {
    TemplateParser.Outcome outcome = TemplateParser.parse(path, text);
    problems.addAll(outcome.problems());
    Template template = outcome.template();
    if (template == null) {
      return;
    }
    String first = sourceById.putIfAbsent(template.id(), path);
    if (first != null) {
      problems.add(
          new TemplateProblem(
              path,
              idLine(text),
              "duplicate id \"" + template.id() + "\" (already defined in " + first + ")"));
      return;
    }
    templates.add(template);
  }

  private static int idLine(String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].startsWith("id:")) {
        return i + 1;
      }
    }
    return 1;
  }

  private @org.jspecify.annotations.Nullable String readResource(ClassLoader loader, String path) {
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        return null;
      }
      return decode(in.readAllBytes());
    } catch (CharacterCodingException e) {
      problems.add(new TemplateProblem(path, 1, "not valid UTF-8"));
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
