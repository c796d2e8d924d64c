package com.replycraft.scoring.check;

import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.Scorer;
import com.replycraft.scoring.thread.Channel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Scores drafts the way the product does, for check tests that read like tables. */
public final class Drafts {

  public static final String NOW = "2026-11-20T09:00:00Z";
  public static final Scorer SCORER =
      Scorer.create(Clock.fixed(Instant.parse(NOW), ZoneOffset.UTC));

  private Drafts() {}

  public static ScoreResult score(String draft) {
    return score(Channel.EMAIL, draft);
  }

  public static ScoreResult score(Channel channel, String draft) {
    return SCORER.score(ScoreRequest.builder().channel(channel).draft(draft).draftAt(NOW).build());
  }

  /** The draft as a reply to one customer message sent an hour earlier. */
  public static ScoreResult reply(String customer, String draft) {
    return SCORER.score(
        ScoreRequest.builder()
            .customerSays("2026-11-20T08:00:00Z", customer)
            .draft(draft)
            .draftAt(NOW)
            .build());
  }

  public static boolean fires(FindingCode code, String draft) {
    return score(draft).has(code);
  }
}
