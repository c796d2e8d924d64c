package com.replycraft.scoring.check.channel;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.check.Check;
import com.replycraft.scoring.check.CheckExample;
import com.replycraft.scoring.check.Replies;
import com.replycraft.scoring.check.ReplyContext;
import com.replycraft.scoring.lexicon.Lexicon;
import com.replycraft.scoring.lexicon.PhraseMatch;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Sentence;
import com.replycraft.scoring.text.TimeExpressions;
import com.replycraft.scoring.text.Token;
import com.replycraft.scoring.thread.Channel;
import java.util.ArrayList;
import java.util.List;

/**
 * NO_RESPONSE_EXPECTATION: a hand-off ("I've passed this to our billing team", "I've raised a
 * ticket", "adding you to the queue") or a promise to come back ("we'll look into it and get back
 * to you", "someone will be in touch") with no concrete time in the same or a neighbouring sentence
 * ({@link TimeExpressions}: a time, date, weekday, "today", "within 24 hours"). A vague time
 * ("soon", "shortly") is no time. A promise counts only when the sentence speaks of the future, so
 * "sorry for not getting back to you sooner" is not one; questions are offers, not promises, and a
 * conditional promise ("I'll let you know if anything changes") leaves nobody waiting.
 */
public final class ResponseExpectationCheck implements Check {

  private static final Lexicon HANDOFF = Lexicon.named("handoff-done");
  private static final Lexicon PROMISE = Lexicon.named("follow-up-promise");
  private static final Lexicon IMMEDIATE = Lexicon.named("immediate-time");
  private static final Lexicon CONDITIONAL = Lexicon.named("conditional-promise");

  @Override
  public String id() {
    return "NO_RESPONSE_EXPECTATION";
  }

  @Override
  public List<FindingCode> codes() {
    return List.of(FindingCode.NO_RESPONSE_EXPECTATION);
  }

  @Override
  public List<Finding> check(ReplyContext context) {
    AnalyzedText reply = context.reply();
    int n = reply.sentences().size();
    boolean[] immediate = new boolean[n];
    for (PhraseMatch match : IMMEDIATE.find(reply)) {
      if (Replies.affirmed(match, reply)) {
        immediate[match.sentenceIn(reply)] = true;
      }
    }
    String window = Replies.window(context.waitInfo().responseTarget());
    List<Finding> findings = new ArrayList<>();
    boolean[] done = new boolean[n];
    for (PhraseMatch match : HANDOFF.find(reply)) {
      int s = match.sentenceIn(reply);
      if (done[s] || !counts(match, reply, s)) {
        continue;
      }
      done[s] = true;
      findings.add(finding(reply, match, window, null));
    }
    boolean[] conditional = new boolean[n];
    for (PhraseMatch match : CONDITIONAL.find(reply)) {
      conditional[match.sentenceIn(reply)] = true;
    }
    for (PhraseMatch match : PROMISE.find(reply)) {
      int s = match.sentenceIn(reply);
      if (done[s]
          || !counts(match, reply, s)
          || immediate[s]
          || conditional[s]
          || !speaksOfFuture(reply, reply.sentences().get(s), match)) {
        continue;
      }
      done[s] = true;
      String replacement = match.entry().replacement();
      findings.add(
          finding(
              reply,
              match,
              window,
              replacement == null ? null : replacement.replace("{window}", window)));
    }
    return findings;
  }

  private static boolean counts(PhraseMatch match, AnalyzedText reply, int sentence) {
    return Replies.affirmed(match, reply)
        && !reply.sentences().get(sentence).question()
        && !TimeExpressions.nearSentence(reply, sentence);
  }

  private static Finding finding(
      AnalyzedText reply, PhraseMatch match, String window, String replacement) {
    Finding finding =
        Finding.of(
            FindingCode.NO_RESPONSE_EXPECTATION,
            Severity.MAJOR,
            match.start(),
            match.end(),
            "\""
                + reply.slice(match.start(), match.end())
                + "\" leaves the customer waiting with no idea when they will hear back.",
            "Say who will reply and by when, e.g. \"They'll reply by email within "
                + window
                + ".\"");
    return replacement == null ? finding : finding.withReplacement(replacement);
  }

  /** "will", "'ll", "shall", "going to", "gonna" in the sentence up to the end of the promise. */
  private static boolean speaksOfFuture(AnalyzedText reply, Sentence sentence, PhraseMatch match) {
    List<Token> tokens = reply.tokens();
    for (int i = sentence.firstToken(); i < match.endToken(); i++) {
      String lower = tokens.get(i).lower();
      if (lower.equals("will")
          || lower.equals("shall")
          || lower.equals("gonna")
          || lower.endsWith("'ll")
          || (lower.equals("going")
              && i + 1 < tokens.size()
              && tokens.get(i + 1).lower().equals("to"))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<CheckExample> examples() {
    return List.of(
        new CheckExample(
            FindingCode.NO_RESPONSE_EXPECTATION,
            request("Hi Lee, I've passed this to our billing team and they will get back to you."),
            request(
                "Hi Lee, I've passed this to our billing team and they will email you by 5pm"
                    + " tomorrow.")));
  }

  private static ScoreRequest request(String draft) {
    return ScoreRequest.builder()
        .channel(Channel.EMAIL)
        .customerSays("2026-11-20T08:00:00Z", "I was charged twice for November, please fix it.")
        .draftAt("2026-11-20T09:00:00Z")
        .draft(draft)
        .build();
  }
}
