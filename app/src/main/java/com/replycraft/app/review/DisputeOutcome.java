package com.replycraft.app.review;

/** How a reviewer resolves an agent's dispute. */
public enum DisputeOutcome {
  ACCEPTED("Accepted"),
  PARTIALLY_ACCEPTED("Partially accepted"),
  REJECTED("Rejected");

  private final String label;

  DisputeOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the reviewer may adjust the ratings with this outcome. */
  public boolean allowsNewRatings() {
    return this != REJECTED;
  }
}
