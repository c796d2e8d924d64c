package com.replycraft.scoring.cli;

import com.replycraft.scoring.Scorer;
import com.replycraft.scoring.json.ScoringJson;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The batch scorer: {@code score [FILE] [--pretty]} reads JSONL requests from FILE (or standard
 * input when FILE is absent or {@code -}) and writes one JSON response per request, in input order.
 *
 * <ul>
 *   <li>Streaming: one line is read, scored and written at a time, so memory stays constant however
 *       long the input. Output is flushed whenever the input has nothing more ready, so an
 *       interactive pipe sees each answer at once and a file is written in large blocks.
 *   <li>A line that cannot be scored (malformed JSON, unknown channel, impossible timestamp …) gets
 *       an error object {@code {"id":…,"error":{"code":"INVALID_REQUEST","message":"line N: …"}}}
 *       and the batch goes on.
 *   <li>Blank (whitespace-only) lines are skipped and produce no output, as is usual for JSONL, so
 *       a trailing newline or a separating blank line never yields a spurious error. Line numbers
 *       in error messages count every physical line, blank ones included.
 *   <li>{@code --pretty} prints each response indented over several lines, for people.
 * </ul>
 *
 * Exit status: 0 when the batch was read to its end (even if some lines were errors), 1 when FILE
 * cannot be read, 2 for a usage error (printed with the usage to stderr); {@code --help} prints the
 * usage to stdout and exits 0.
 */
public final class ScoreCommand {

  static final String USAGE =
      """
      usage: java -jar replycraft-scoring.jar score [FILE] [--pretty]
             java -jar replycraft-scoring.jar evaluate [--split dev|test] [--data DIR] [--markdown]

        Scores JSONL requests (one JSON object a line, see SCORING.md) read from FILE,
        or from standard input when FILE is absent or "-", and writes one JSON response
        line per request, in the same order. A line that cannot be scored gets an
        {"id":...,"error":{"code":"INVALID_REQUEST","message":"line N: ..."}} line and the
        batch goes on. Blank lines are skipped.

        --pretty   indent each response over several lines, for people
        --help     show this help

        "evaluate" measures the scorer on the public labelled data in ../shared/eval
        (see README, "Accuracy"); "evaluate --help" lists its options.

      exit status: 0 batch done (error lines included), 1 FILE unreadable, 2 usage error
      """;

  private final Scorer scorer;
  private final ScoringJson json;

  public ScoreCommand() {
    this(Scorer.create(Clock.systemUTC()), new ScoringJson());
  }

  public ScoreCommand(Scorer scorer, ScoringJson json) {
    this.scorer = scorer;
    this.json = json;
  }

  public int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
    boolean pretty = false;
    List<String> operands = new ArrayList<>();
    for (String arg : args) {
      switch (arg) {
        case "--help", "-h" -> {
          stdout.print(USAGE);
          stdout.flush();
          return 0;
        }
        case "--pretty" -> pretty = true;
        default -> {
          if (arg.startsWith("--") || (arg.startsWith("-") && arg.length() > 1)) {
            return usageError(stderr, "unknown option " + arg);
          }
          operands.add(arg);
        }
      }
    }
    if (operands.isEmpty()) {
      return usageError(stderr, "missing command (\"score\" or \"evaluate\")");
    }
    if (!operands.get(0).equals("score")) {
      return usageError(stderr, "unknown command \"" + operands.get(0) + "\"");
    }
    if (operands.size() > 2) {
      return usageError(stderr, "expected at most one FILE, got " + (operands.size() - 1));
    }
    String file = operands.size() == 2 ? operands.get(1) : null;
    try (InputStream in = open(file, stdin)) {
      score(in, stdout, pretty);
      return 0;
    } catch (NoSuchFileException e) {
      stderr.println("replycraft-scoring: no such file: " + file);
      return 1;
    } catch (IOException e) {
      stderr.println(
          "replycraft-scoring: cannot read " + (file == null ? "input" : file) + ": " + e);
      return 1;
    }
  }

  /** Scores every line of {@code in} onto {@code out}, streaming. */
  public void score(InputStream in, OutputStream out, boolean pretty) throws IOException {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    Writer writer =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    long lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      Object answer = json.scoreLine(scorer, line, "line " + lineNumber + ": ");
      writer.write(pretty ? json.writePretty(answer) : json.write(answer));
      writer.write('\n');
      if (!reader.ready()) {
        writer.flush();
      }
    }
    writer.flush();
  }

  private static InputStream open(@Nullable String file, InputStream stdin) throws IOException {
    if (file == null || file.equals("-")) {
      return new NonClosing(stdin);
    }
    return Files.newInputStream(Path.of(file));
  }

  private static int usageError(PrintStream stderr, String problem) {
    stderr.println("replycraft-scoring: " + problem);
    stderr.print(USAGE);
    stderr.flush();
    return 2;
  }

  /** Standard input stays open for whoever owns it. */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
