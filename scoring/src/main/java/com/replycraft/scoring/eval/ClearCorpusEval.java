package com.replycraft.scoring.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.replycraft.scoring.Metrics;
import com.replycraft.scoring.Scorer;
import com.replycraft.scoring.thread.Channel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CommonLit CLEAR (Crossley et al.): reading excerpts with an easiness score from teachers'
 * pairwise judgements. Each excerpt is scored as a draft; our readability measures should correlate
 * with {@code bt_easiness} (reading ease positively, grade negatively).
 *
 * <p>The corpus also carries the classic formulas' values; the correlation of its own Flesch column
 * is reported as a sanity check of the statistic against the published .549.
 */
final class ClearCorpusEval implements DatasetEvaluation {

  static final String NAME = "clear_corpus";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public DatasetReport evaluate(Path folder, Split split, Scorer scorer) throws IOException {
    List<double[]> values = new ArrayList<>();
    Jsonl.forEach(
        folder.resolve(split.label() + ".jsonl"),
        record -> {
          Metrics metrics =
              scorer
                  .score(EvalThreads.draftAlone(Channel.EMAIL, Jsonl.text(record, "text")))
                  .metrics();
          JsonNode labels = Jsonl.labels(record);
          values.add(
              new double[] {
                labels.path("bt_easiness").asDouble(),
                metrics.readingEase(),
                metrics.readingGrade(),
                labels.path("flesch_reading_ease").asDouble(Double.NaN)
              });
        });
    int n = values.size();
    double[] easiness = column(values, 0);
    List<EvalRow> rows = new ArrayList<>();
    rows.add(row("metrics.readingEase (Flesch)", n, pearson(easiness, column(values, 1)), ".549"));
    rows.add(
        row(
            "metrics.readingGrade (Flesch–Kincaid)",
            n,
            pearson(easiness, column(values, 2)),
            "−.524"));
    rows.add(
        row(
            "corpus's own Flesch column (sanity check)",
            n,
            pearson(easiness, column(values, 3)),
            ".549"));
    return new DatasetReport(
        NAME,
        n,
        0,
        rows,
        List.of(
            "clear_corpus: references are Pearson r on the test split (Flesch .549, FK −.524,"
                + " SMOG −.563, New Dale–Chall −.553, CAREC-M −.587); the target is |r| ≈ 0.59."));
  }

  private static EvalRow row(String signal, int n, double r, String reference) {
    return new EvalRow(NAME, signal, "Pearson r vs bt_easiness", n, EvalRow.ratio(r), reference);
  }

  private static double pearson(double[] x, double[] y) {
    return EvalStats.pearson(x, y);
  }

  private static double[] column(List<double[]> values, int index) {
    double[] result = new double[values.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = values.get(i)[index];
    }
    return result;
  }
}
