package com.replycraft.scoring.eval;

import com.replycraft.scoring.Scorer;
import com.replycraft.scoring.escalation.EscalationAdvice;
import com.replycraft.scoring.escalation.ReasonCode;
import com.replycraft.scoring.eval.EvalThreads.Turn;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * GoEmotions (Demszky et al., ACL 2020): Reddit comments labelled with 27 emotions. Each comment is
 * a one-message customer thread; CUSTOMER_FRUSTRATED should fire on the anger family (anger,
 * annoyance, disapproval) and stay quiet otherwise.
 */
final class GoEmotionsEval implements DatasetEvaluation {

  static final String NAME = "goemotions";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public DatasetReport evaluate(Path folder, Split split, Scorer scorer) throws IOException {
    List<Boolean> frustrated = new ArrayList<>();
    List<Boolean> wantsSync = new ArrayList<>();
    List<Boolean> angry = new ArrayList<>();
    Jsonl.forEach(
        folder.resolve(split.label() + ".jsonl"),
        record -> {
          EscalationAdvice advice =
              scorer
                  .score(
                      EvalThreads.transcript(
                          Channel.MESSAGING,
                          List.of(new Turn(Author.CUSTOMER, Jsonl.text(record, "text")))))
                  .escalation();
          frustrated.add(advice.has(ReasonCode.CUSTOMER_FRUSTRATED));
          wantsSync.add(advice.recommendation().wantsSync());
          angry.add(Jsonl.labels(record).path("anger_family").asBoolean());
        });
    boolean[] actual = TweetSummEval.toArray(angry);
    EvalStats.Confusion reason = EvalStats.confusion(TweetSummEval.toArray(frustrated), actual);
    EvalStats.Confusion sync = EvalStats.confusion(TweetSummEval.toArray(wantsSync), actual);
    int n = actual.length;
    return new DatasetReport(
        NAME,
        n,
        0,
        List.of(
            new EvalRow(
                NAME,
                "CUSTOMER_FRUSTRATED reason",
                "anger_family: P / R / F1",
                n,
                EvalRow.prf(reason),
                "BERT macro-F1 0.46 (28 labels)†"),
            new EvalRow(
                NAME,
                "sync advised (OFFER_SYNC/ESCALATE_NOW)",
                "anger_family: P / R / F1",
                n,
                EvalRow.prf(sync),
                "—")),
        List.of(
            "goemotions: † the reference is BERT's macro-F1 over all 28 emotion labels, not a"
                + " binary anger-family detector; it only shows how hard the labels are, it is"
                + " not directly comparable."));
  }
}
