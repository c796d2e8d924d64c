package com.replycraft.scoring.check.empathy;

import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.Scorer;
import com.replycraft.scoring.thread.Channel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Realistic customer threads from several industries, shared by the empathy check tests. */
final class EmpathyFixtures {

  static final Scorer SCORER =
      Scorer.create(Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC));

  static final String TELCO =
      "My replacement router still hasn't arrived after two weeks and I work from home. Order"
          + " TR-55812.";
  static final String INSURANCE =
      "I lodged my claim for the hail damage to my car on 3 November and nobody has called me back.";
  static final String AIRLINE =
      "Our flight QF12 to Singapore was cancelled and we have a wedding on Saturday. What now?";
  static final String BANKING =
      "There are two payments of $89.99 to Netflix on my statement. I only have one subscription.";

  static final String RETAIL =
      "I ordered the Halden kettle (order 55120) as a birthday present for my dad in Perth. It was"
          + " meant to ship in 2 days and it's been a week. Will it arrive before 14 March?";
  static final String BEREAVEMENT =
      "My mother, Joan Patel, died last month. I'm her executor and need to close her savings"
          + " account ending 4410. I don't know where to start.";

  private EmpathyFixtures() {}

  static ScoreRequest.Builder thread(Channel channel, String customerSays) {
    return ScoreRequest.builder()
        .channel(channel)
        .customerSays("2026-11-20T08:00:00Z", customerSays)
        .draftAt("2026-11-20T09:00:00Z");
  }

  static ScoreResult score(Channel channel, String customerSays, String draft) {
    return SCORER.score(thread(channel, customerSays).draft(draft).build());
  }

  static String customerMessage(String industry) {
    return switch (industry) {
      case "TELCO" -> TELCO;
      case "INSURANCE" -> INSURANCE;
      case "AIRLINE" -> AIRLINE;
      case "BANKING" -> BANKING;
      case "RETAIL" -> RETAIL;
      case "BEREAVEMENT" -> BEREAVEMENT;
      default -> throw new IllegalArgumentException(industry);
    };
  }
}
