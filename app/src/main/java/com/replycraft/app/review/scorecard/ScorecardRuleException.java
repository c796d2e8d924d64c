package com.replycraft.app.review.scorecard;

/** A scorecard edit that cannot be published; the message says why, for people. */
public class ScorecardRuleException extends RuntimeException {

  public ScorecardRuleException(String message) {
    super(message);
  }
}
