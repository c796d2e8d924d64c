package com.replycraft.app.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** One stored rating of a review: a point, or null for N/A. */
@Embeddable
class RatingRow {

  @Column(name = "category_id", nullable = false)
  private long categoryId;

  @Column(name = "points")
  private @Nullable Integer points;

  protected RatingRow() {}

  RatingRow(long categoryId, @Nullable Integer points) {
    this.categoryId = categoryId;
    this.points = points;
  }

  long categoryId() {
    return categoryId;
  }

  @Nullable Integer points() {
    return points;
  }
}
