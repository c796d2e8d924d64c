package com.replycraft.app.review.scorecard;

import org.jspecify.annotations.Nullable;

/**
 * A reviewer's rating of one category: a point on the category's scale, or not applicable. A
 * category without any {@code Rating} is simply not rated yet.
 *
 * @param point the point (1 = worst), or null for N/A
 */
public record Rating(@Nullable Integer point) {

  public static final Rating NOT_APPLICABLE = new Rating(null);

  public static Rating of(int point) {
    return new Rating(point);
  }

  public boolean notApplicable() {
    return point == null;
  }

  @Override
  public String toString() {
    return point == null ? "N/A" : String.valueOf(point);
  }
}
