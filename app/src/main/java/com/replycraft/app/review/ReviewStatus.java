package com.replycraft.app.review;

import java.util.Set;

/**
 * Where a review stands: DRAFT → SUBMITTED → ACKNOWLEDGED | DISPUTED → RESOLVED. Only a draft is
 * edited; the agent answers a submitted review once; a reviewer resolves a dispute once.
 */
public enum ReviewStatus {
  DRAFT("Draft"),
  SUBMITTED("Submitted"),
  ACKNOWLEDGED("Acknowledged"),
  DISPUTED("Disputed"),
  RESOLVED("Resolved");

  private final String label;

  ReviewStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The statuses this one may move to. */
  public Set<ReviewStatus> next() {
    return switch (this) {
      case DRAFT -> Set.of(DRAFT, SUBMITTED);
      case SUBMITTED -> Set.of(ACKNOWLEDGED, DISPUTED);
      case DISPUTED -> Set.of(RESOLVED);
      case ACKNOWLEDGED, RESOLVED -> Set.of();
    };
  }

  /** Whether the agent may see it: everything once submitted. */
  public boolean visibleToAgent() {
    return this != DRAFT;
  }
}
