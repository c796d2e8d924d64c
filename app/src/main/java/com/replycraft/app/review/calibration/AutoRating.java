package com.replycraft.app.review.calibration;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * The auto-QA's rating of one dimension category of one conversation, fixed when the session is
 * created.
 */
@Embeddable
class AutoRating {

  @Column(name = "conversation_id", nullable = false)
  private long conversationId;

  @Column(name = "category_id", nullable = false)
  private long categoryId;

  /** The dimension's auto score, 0–100; null when none is owed (e.g. no wait to acknowledge). */
  @Column(name = "auto_score")
  private @Nullable Integer autoScore;

  /** The point the score maps to on the category's scale; null for N/A. */
  @Column(name = "points")
  private @Nullable Integer points;

  protected AutoRating() {}

  AutoRating(
      long conversationId, long categoryId, @Nullable Integer autoScore, @Nullable Integer points) {
    this.conversationId = conversationId;
    this.categoryId = categoryId;
    this.autoScore = autoScore;
    this.points = points;
  }

  long conversationId() {
    return conversationId;
  }

  long categoryId() {
    return categoryId;
  }

  @Nullable Integer autoScore() {
    return autoScore;
  }

  @Nullable Integer points() {
    return points;
  }
}
