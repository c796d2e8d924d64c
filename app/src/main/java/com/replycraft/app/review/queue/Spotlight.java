package com.replycraft.app.review.queue;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A spotlight sample of one period: {@code perAgent} conversations drawn at random for each agent
 * id (seeded, so the same seed on the same data draws the same sample) plus the {@code riskiest}
 * conversations of the period by queue risk.
 *
 * @param randomPicks the random draw, per agent in agent-id order
 * @param riskiestPicks the riskiest of the period, riskiest first
 */
public record Spotlight(
    LocalDate from,
    LocalDate to,
    int perAgent,
    int riskiest,
    long seed,
    List<Long> randomPicks,
    List<Long> riskiestPicks) {

  public Spotlight {
    randomPicks = List.copyOf(randomPicks);
    riskiestPicks = List.copyOf(riskiestPicks);
  }

  /** Every conversation of the sample, once. */
  public Set<Long> ids() {
    Set<Long> all = new LinkedHashSet<>(riskiestPicks);
    all.addAll(randomPicks);
    return all;
  }

  /** The selection in words, for the queue's banner. */
  public String describe() {
    return "Spotlight "
        + from
        + " to "
        + to
        + ": "
        + perAgent
        + " random conversation(s) per agent + the "
        + riskiest
        + " riskiest, seed "
        + seed
        + " ("
        + ids().size()
        + " conversations; the same seed draws the same sample)";
  }
}
