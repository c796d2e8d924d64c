package com.replycraft.scoring.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.Scorer;
import com.replycraft.scoring.thread.Channel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * EPITOME (Sharma et al., EMNLP 2020): replies to distressed Reddit posts, rated for emotional
 * reactions, interpretations and explorations (0 none, 1 weak, 2 strong). The post is the
 * customer's message, the reply is the draft, and the EMPATHY score should rise with the ratings.
 *
 * <p>Detecting "level ≥ 1" uses the EMPATHY score with a threshold chosen on dev (maximising
 * macro-F1), then applied unchanged to the reported split; and, for emotional reactions, simply the
 * absence of NO_EMOTION_ACKNOWLEDGED (no threshold at all).
 */
final class EpitomeEval implements DatasetEvaluation {

  static final String NAME = "epitome";
  private static final String ER_REFERENCE = "RoBERTa 79.43% / 74.46 (3-class)";
  private static final String IP_REFERENCE = "RoBERTa 84.04% / 62.60 (3-class)";

  @Override
  public String name() {
    return NAME;
  }

  /** The scores and labels of one split. */
  record Scored(
      double[] empathy, boolean[] noEmotionFinding, int[] total, int[] reactions, int[] interp) {}

  @Override
  public DatasetReport evaluate(Path folder, Split split, Scorer scorer) throws IOException {
    Scored reported = score(folder, split, scorer);
    Scored tuning = split == Split.DEV ? reported : score(folder, Split.DEV, scorer);
    int n = reported.empathy().length;
    List<EvalRow> rows = new ArrayList<>();
    rows.add(
        new EvalRow(
            NAME,
            "EMPATHY score",
            "Spearman ρ vs total_0_6",
            n,
            EvalRow.ratio(EvalStats.spearman(reported.empathy(), toDouble(reported.total()))),
            "—"));
    levelRows(
        rows,
        "emotional_reactions",
        reported.reactions(),
        tuning.reactions(),
        reported,
        tuning,
        ER_REFERENCE);
    boolean[] acknowledged = new boolean[n];
    for (int i = 0; i < n; i++) {
      acknowledged[i] = !reported.noEmotionFinding()[i];
    }
    EvalStats.Confusion byFinding =
        EvalStats.confusion(acknowledged, atLeastOne(reported.reactions()));
    rows.add(
        new EvalRow(
            NAME,
            "no NO_EMOTION_ACKNOWLEDGED",
            "emotional_reactions ≥1: acc / macro-F1",
            n,
            EvalRow.percent(byFinding.accuracy()) + " / " + EvalRow.ratio(byFinding.macroF1()),
            ER_REFERENCE));
    levelRows(
        rows,
        "interpretations",
        reported.interp(),
        tuning.interp(),
        reported,
        tuning,
        IP_REFERENCE);
    return new DatasetReport(
        NAME,
        n,
        0,
        rows,
        List.of(
            "epitome: the references are 3-class (none/weak/strong) accuracy and macro-F1 of a"
                + " fine-tuned classifier; ours detects level ≥ 1 (2 classes), so the figures are"
                + " indicative, not directly comparable. Thresholds are chosen on dev."));
  }

  private static void levelRows(
      List<EvalRow> rows,
      String label,
      int[] reportedLevels,
      int[] tuningLevels,
      Scored reported,
      Scored tuning,
      String reference) {
    boolean[] actual = atLeastOne(reportedLevels);
    double threshold =
        EvalStats.bestThreshold(
            tuning.empathy(), atLeastOne(tuningLevels), EvalStats.Confusion::macroF1);
    EvalStats.Confusion confusion =
        EvalStats.confusion(EvalStats.atLeast(reported.empathy(), threshold), actual);
    int n = actual.length;
    rows.add(
        new EvalRow(
            NAME,
            "EMPATHY score",
            label + " ≥1: AUC",
            n,
            EvalRow.ratio(EvalStats.rocAuc(reported.empathy(), actual)),
            "—"));
    rows.add(
        new EvalRow(
            NAME,
            "EMPATHY ≥ " + threshold(threshold) + " (dev-tuned)",
            label + " ≥1: acc / macro-F1",
            n,
            EvalRow.percent(confusion.accuracy()) + " / " + EvalRow.ratio(confusion.macroF1()),
            reference));
  }

  static String threshold(double value) {
    return Double.isInfinite(value) ? "∞" : String.valueOf((long) Math.ceil(value));
  }

  private static Scored score(Path folder, Split split, Scorer scorer) throws IOException {
    Set<String> ids = Jsonl.ids(folder.resolve(split.label() + "_ids.txt"));
    List<Double> empathy = new ArrayList<>();
    List<Boolean> noEmotion = new ArrayList<>();
    List<int[]> labels = new ArrayList<>();
    Jsonl.forEach(
        folder.resolve("all.jsonl"),
        record -> {
          if (!ids.contains(Jsonl.text(record, "id"))) {
            return;
          }
          ScoreResult result =
              scorer.score(
                  EvalThreads.draftReplyingTo(
                      Channel.MESSAGING,
                      Jsonl.text(record, "context"),
                      Jsonl.text(record, "text")));
          empathy.add((double) result.scores().empathy());
          noEmotion.add(result.has(FindingCode.NO_EMOTION_ACKNOWLEDGED));
          JsonNode l = Jsonl.labels(record);
          labels.add(
              new int[] {
                l.path("total_0_6").asInt(),
                l.path("emotional_reactions").asInt(),
                l.path("interpretations").asInt()
              });
        });
    int n = empathy.size();
    Scored scored = new Scored(new double[n], new boolean[n], new int[n], new int[n], new int[n]);
    for (int i = 0; i < n; i++) {
      scored.empathy()[i] = empathy.get(i);
      scored.noEmotionFinding()[i] = noEmotion.get(i);
      scored.total()[i] = labels.get(i)[0];
      scored.reactions()[i] = labels.get(i)[1];
      scored.interp()[i] = labels.get(i)[2];
    }
    return scored;
  }

  private static boolean[] atLeastOne(int[] levels) {
    boolean[] result = new boolean[levels.length];
    for (int i = 0; i < levels.length; i++) {
      result[i] = levels[i] >= 1;
    }
    return result;
  }

  private static double[] toDouble(int[] values) {
    double[] result = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = values[i];
    }
    return result;
  }
}
