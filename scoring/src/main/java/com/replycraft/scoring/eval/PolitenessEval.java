package com.replycraft.scoring.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.replycraft.scoring.Scorer;
import com.replycraft.scoring.thread.Channel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Stanford Politeness (Danescu-Niculescu-Mizil et al., ACL 2013): requests from Wikipedia and Stack
 * Exchange with a politeness z-score and a quartile class. Each request is scored as a draft; the
 * TONE score should separate the top quartile (polite) from the bottom (impolite).
 *
 * <p>The paper's binary task is polite vs impolite; its accuracy is reported per community, so ours
 * is too: the threshold on the TONE score that is most accurate on that community's dev records is
 * applied unchanged to the reported split.
 */
final class PolitenessEval implements DatasetEvaluation {

  static final String NAME = "stanford_politeness";

  private record Community(String label, String file, String reference) {}

  private static final List<Community> COMMUNITIES =
      List.of(
          new Community("wikipedia", "wikipedia.jsonl", "paper 83.8% (human 86.7%)*"),
          new Community("stackexchange", "stackexchange.jsonl", "paper 78.2% (human 80.9%)*"));

  @Override
  public String name() {
    return NAME;
  }

  /** TONE scores with their labels; {@code polite} is null for the middle quartiles. */
  private record Scored(List<Double> tone, List<Double> z, List<Boolean> polite) {

    Scored() {
      this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    double[] toneArray() {
      return tone.stream().mapToDouble(Double::doubleValue).toArray();
    }

    double[] zArray() {
      return z.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Only the records in the top or bottom quartile: scores and whether polite. */
    double[] extremeTone() {
      List<Double> values = new ArrayList<>();
      for (int i = 0; i < tone.size(); i++) {
        if (polite.get(i) != null) {
          values.add(tone.get(i));
        }
      }
      return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    boolean[] extremeLabels() {
      List<Boolean> values = polite.stream().filter(p -> p != null).toList();
      boolean[] result = new boolean[values.size()];
      for (int i = 0; i < result.length; i++) {
        result[i] = values.get(i);
      }
      return result;
    }
  }

  @Override
  public DatasetReport evaluate(Path folder, Split split, Scorer scorer) throws IOException {
    Set<String> reportedIds = Jsonl.ids(folder.resolve(split.label() + "_ids.txt"));
    Set<String> devIds =
        split == Split.DEV ? reportedIds : Jsonl.ids(folder.resolve("dev_ids.txt"));
    List<EvalRow> rows = new ArrayList<>();
    int records = 0;
    for (Community community : COMMUNITIES) {
      Scored reported = new Scored();
      Scored dev = split == Split.DEV ? reported : new Scored();
      Jsonl.forEach(
          folder.resolve(community.file()),
          record -> {
            String id = Jsonl.text(record, "id");
            if (reportedIds.contains(id)) {
              add(reported, record, scorer);
            } else if (dev != reported && devIds.contains(id)) {
              add(dev, record, scorer);
            }
          });
      records += reported.tone().size();
      double threshold =
          EvalStats.bestThreshold(
              dev.extremeTone(), dev.extremeLabels(), EvalStats.Confusion::accuracy);
      double[] tone = reported.extremeTone();
      boolean[] polite = reported.extremeLabels();
      String signal = "TONE score (" + community.label() + ")";
      rows.add(
          new EvalRow(
              NAME,
              "TONE ≥ " + EpitomeEval.threshold(threshold) + " (" + community.label() + ")",
              "polite vs impolite: accuracy at dev threshold",
              tone.length,
              EvalRow.percent(EvalStats.accuracy(EvalStats.atLeast(tone, threshold), polite)),
              community.reference()));
      rows.add(
          new EvalRow(
              NAME,
              signal,
              "polite vs impolite: AUC",
              tone.length,
              EvalRow.ratio(EvalStats.rocAuc(tone, polite)),
              "—"));
      rows.add(
          new EvalRow(
              NAME,
              signal,
              "Spearman ρ vs politeness_z",
              reported.tone().size(),
              EvalRow.ratio(EvalStats.spearman(reported.toneArray(), reported.zArray())),
              "—"));
    }
    return new DatasetReport(
        NAME,
        records,
        0,
        rows,
        List.of(
            "stanford_politeness: * the references are the commonly cited figures for the paper's"
                + " feature classifier trained on this data (unverified here); accuracy is on"
                + " the top vs bottom quartile only (balanced, chance = 50%)."));
  }

  private static void add(Scored scored, JsonNode record, Scorer scorer) {
    double tone =
        scorer
            .score(EvalThreads.draftAlone(Channel.EMAIL, Jsonl.text(record, "text")))
            .scores()
            .tone();
    JsonNode labels = Jsonl.labels(record);
    String quartile = labels.path("quartile_class").asText();
    scored.tone().add(tone);
    scored.z().add(labels.path("politeness_z").asDouble());
    scored
        .polite()
        .add(
            switch (quartile) {
              case "polite" -> Boolean.TRUE;
              case "impolite" -> Boolean.FALSE;
              default -> null;
            });
  }
}
