package com.replycraft.scoring.eval;

import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.Scorer;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Builds scoring requests from dataset records on a fixed timeline, so every run scores the same
 * thing: customer messages a few minutes apart, the draft shortly after the last one (well inside
 * every async channel's response target, so no wait is owed).
 */
final class EvalThreads {

  /** "Now" for every evaluation run. */
  static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

  private static final Duration GAP = Duration.ofMinutes(5);

  private EvalThreads() {}

  static Scorer scorer() {
    return Scorer.create(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  /** A draft replying to one customer message. */
  static ScoreRequest draftReplyingTo(Channel channel, String customerMessage, String draft) {
    ScoreRequest.Builder builder = ScoreRequest.builder().channel(channel);
    if (!customerMessage.isBlank()) {
      builder.customerSays(NOW.minus(GAP).toString(), customerMessage);
    }
    return builder.draft(draft).draftAt(NOW).build();
  }

  /** A draft with no thread around it. */
  static ScoreRequest draftAlone(Channel channel, String draft) {
    return ScoreRequest.builder().channel(channel).draft(draft).draftAt(NOW).build();
  }

  /**
   * A transcript to audit: the turns in order, {@link #GAP} apart, the last one at {@link #NOW}.
   */
  static ScoreRequest transcript(Channel channel, List<Turn> turns) {
    ScoreRequest.Builder builder = ScoreRequest.builder().channel(channel);
    Instant at = NOW.minus(GAP.multipliedBy(Math.max(0, turns.size() - 1)));
    for (Turn turn : turns) {
      builder.message(turn.author(), at.toString(), turn.text());
      at = at.plus(GAP);
    }
    return builder.build();
  }

  record Turn(Author author, String text) {}
}
