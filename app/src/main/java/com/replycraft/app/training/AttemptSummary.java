package com.replycraft.app.training;

import java.time.Instant;

/** One line of an attempts list. */
public record AttemptSummary(
    long id,
    String username,
    String exerciseId,
    String exerciseTitle,
    boolean passed,
    int overall,
    boolean examMode,
    Instant submittedAt,
    boolean hasFeedback) {

  public String verdict() {
    return passed ? "pass" : "not yet";
  }
}
