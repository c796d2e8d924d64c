package com.replycraft.scoring.escalation.signal;

import com.replycraft.scoring.check.AnalyzedMessage;
import com.replycraft.scoring.escalation.EscalationReason;
import com.replycraft.scoring.escalation.ReasonCode;
import com.replycraft.scoring.escalation.signal.CueLexicon.Cue;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Sentence;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Shared steps of the text signals: score each customer message, keep the strongest as evidence.
 */
final class MessageCues {

  /** Evidence longer than this is cut to the cue itself rather than its sentence. */
  private static final int MAX_EVIDENCE = 160;

  private MessageCues() {}

  /**
   * The message whose cues add up to the most (at least {@code threshold}), with its strongest cue
   * as evidence; later messages win ties, since they are what the reply answers.
   */
  static Optional<SignalHit> strongest(
      ReasonCode code, List<AnalyzedMessage> messages, CueLexicon lexicon, double threshold) {
    double bestScore = 0;
    AnalyzedMessage bestMessage = null;
    Cue bestCue = null;
    for (AnalyzedMessage message : messages) {
      List<Cue> cues = lexicon.find(message.text());
      double score = 0;
      Cue top = null;
      for (Cue cue : cues) {
        score += cue.weight();
        if (top == null || cue.weight() > top.weight()) {
          top = cue;
        }
      }
      if (top != null && score >= threshold && score >= bestScore) {
        bestScore = score;
        bestMessage = message;
        bestCue = top;
      }
    }
    if (bestMessage == null) {
      return Optional.empty();
    }
    return Optional.of(
        new SignalHit(
            evidence(code, bestMessage, bestCue.start(), bestCue.end()),
            strength(bestScore),
            bestMessage.text().slice(bestCue.start(), bestCue.end()),
            bestCue.category()));
  }

  /** One cue about 0.5, two about 0.75, three or more 1. */
  static double strength(double score) {
    return Math.min(1, 0.25 + 0.25 * score);
  }

  /** The sentence holding the cue (or the cue alone when the sentence is long), as evidence. */
  static EscalationReason evidence(ReasonCode code, AnalyzedMessage message, int start, int end) {
    AnalyzedText text = message.text();
    Sentence sentence = text.sentenceAt(start);
    int from = start;
    int to = end;
    if (sentence != null && sentence.end() - sentence.start() <= MAX_EVIDENCE) {
      from = sentence.start();
      to = Math.max(end, sentence.end());
    }
    return new EscalationReason(code, text.slice(from, to), message.index(), from, to);
  }

  static @Nullable AnalyzedMessage previous(List<AnalyzedMessage> messages, int position) {
    return position > 0 ? messages.get(position - 1) : null;
  }
}
