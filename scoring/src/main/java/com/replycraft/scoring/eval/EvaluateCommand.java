package com.replycraft.scoring.eval;

import com.replycraft.scoring.Scorer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code evaluate}: scores the public labelled datasets in {@code ../shared/eval} (outside the
 * repository; never copied into it) and prints our figures beside the published references.
 *
 * <pre>
 * evaluate [--data DIR] [--split dev|test] [--only NAME] [--markdown]
 * </pre>
 *
 * Tune on dev; run test only to produce the figures to publish. Decision thresholds are always
 * chosen on dev, also when the test split is reported. Exit codes: 0 done, 2 bad arguments or data
 * not found, 1 a data file could not be read.
 */
public final class EvaluateCommand {

  static final String DEFAULT_DATA = "../shared/eval";

  static final String USAGE =
      "usage: evaluate [--data DIR] [--split dev|test] [--only NAME] [--markdown]\n"
          + "  --data DIR    the labelled data (default "
          + DEFAULT_DATA
          + ", relative to the repository root)\n"
          + "  --split S     dev (default; tune on it) or test (only to publish figures)\n"
          + "  --only NAME   one dataset: "
          + String.join(", ", names())
          + "\n"
          + "  --markdown    print a Markdown table for the README";

  private EvaluateCommand() {}

  /** Standalone entry point; prints UTF-8 (the table uses ρ, ≥, — and ∞). */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  static List<DatasetEvaluation> evaluations() {
    return List.of(
        new EpitomeEval(),
        new PolitenessEval(),
        new ClearCorpusEval(),
        new GoEmotionsEval(),
        new TweetSummEval());
  }

  private static List<String> names() {
    return evaluations().stream().map(DatasetEvaluation::name).toList();
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    String data = null;
    Split split = Split.DEV;
    String only = null;
    boolean markdown = false;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--data" -> data = value(args, ++i, "--data");
          case "--split" -> split = Split.parse(value(args, ++i, "--split"));
          case "--only" -> only = value(args, ++i, "--only");
          case "--markdown" -> markdown = true;
          case "-h", "--help" -> {
            out.println(USAGE);
            return 0;
          }
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
    } catch (IllegalArgumentException e) {
      err.println("evaluate: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }

    Path folder = dataFolder(data);
    if (folder == null) {
      err.println(
          "evaluate: no evaluation data at "
              + Path.of(data != null ? data : DEFAULT_DATA).toAbsolutePath().normalize()
              + ". The labelled datasets live outside the repository (see ../shared/eval/README.md"
              + " in the workspace); pass --data DIR to point at them.");
      return 2;
    }

    List<DatasetEvaluation> selected = new ArrayList<>();
    for (DatasetEvaluation evaluation : evaluations()) {
      if (only == null || evaluation.name().equals(only)) {
        selected.add(evaluation);
      }
    }
    if (selected.isEmpty()) {
      err.println("evaluate: unknown dataset " + only + "; one of " + String.join(", ", names()));
      return 2;
    }

    Scorer scorer = EvalThreads.scorer();
    List<DatasetReport> reports = new ArrayList<>();
    long start = System.nanoTime();
    for (DatasetEvaluation evaluation : selected) {
      Path dataset = folder.resolve(evaluation.name());
      if (!Files.isDirectory(dataset)) {
        if (only != null) {
          err.println("evaluate: no folder " + dataset.toAbsolutePath().normalize());
          return 2;
        }
        err.println("evaluate: skipping " + evaluation.name() + " (no folder " + dataset + ")");
        continue;
      }
      long began = System.nanoTime();
      try {
        DatasetReport report = evaluation.evaluate(dataset, split, scorer);
        reports.add(report.withMillis((System.nanoTime() - began) / 1_000_000));
      } catch (IOException | RuntimeException e) {
        err.println("evaluate: " + evaluation.name() + " failed" + ": " + e);
        return 1;
      }
    }
    long totalMillis = (System.nanoTime() - start) / 1_000_000;
    if (markdown) {
      EvalTable.markdown(reports, split, totalMillis, out);
    } else {
      EvalTable.plain(reports, split, totalMillis, out);
    }
    return 0;
  }

  /**
   * The data folder: the one given, else {@code ../shared/eval} from the repository root, or {@code
   * ../../shared/eval} when run from inside the scoring module (as Maven does).
   */
  private static Path dataFolder(String given) {
    List<Path> candidates =
        given != null
            ? List.of(Path.of(given))
            : List.of(Path.of(DEFAULT_DATA), Path.of("../" + DEFAULT_DATA));
    for (Path candidate : candidates) {
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }
}
