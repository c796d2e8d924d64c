package com.replycraft.app.review.scorecard;

import java.util.List;
import java.util.stream.IntStream;

/**
 * How a category is rated: on points 1..{@link #points()}, where 1 is the worst. A rating maps
 * linearly onto 0–100 (the lowest point is 0, the highest 100), so categories on different scales
 * weigh alike in the review score.
 */
public enum RatingScale {
  /** No (1) or yes (2). */
  BINARY(2, "Yes / no"),
  THREE_POINT(3, "3-point"),
  FOUR_POINT(4, "4-point"),
  FIVE_POINT(5, "5-point");

  private final int points;
  private final String label;

  RatingScale(int points, String label) {
    this.points = points;
    this.label = label;
  }

  public int points() {
    return points;
  }

  /** A label for people, e.g. "5-point". */
  public String label() {
    return label;
  }

  /** Every point of the scale, worst first. */
  public List<Integer> allPoints() {
    return IntStream.rangeClosed(1, points).boxed().toList();
  }

  /**
   * The rating as 0–100: 1 → 0, the top point → 100, linear between (a 4-point scale gives 0, 33.3,
   * 66.7, 100).
   *
   * @throws IllegalArgumentException for a point outside the scale
   */
  public double percent(int point) {
    requireOnScale(point);
    return (point - 1) * 100.0 / (points - 1);
  }

  /**
   * The point nearest to a 0–100 score (halves round up): how an auto-QA dimension score pre-fills
   * a rating. Scores outside 0–100 are clamped.
   */
  public int nearest(int percent) {
    int clamped = Math.max(0, Math.min(100, percent));
    return 1 + (int) Math.round(clamped * (points - 1) / 100.0);
  }

  /**
   * Whether this point fails a critical category: "no" on the binary scale, the lowest point else.
   */
  public boolean fails(int point) {
    requireOnScale(point);
    return point == 1;
  }

  /** A point as people read it: "Yes"/"No" on the binary scale, else "3 / 5". */
  public String describe(int point) {
    requireOnScale(point);
    if (this == BINARY) {
      return point == 2 ? "Yes" : "No";
    }
    return point + " / " + points;
  }

  private void requireOnScale(int point) {
    if (point < 1 || point > points) {
      throw new IllegalArgumentException(
          "rating " + point + " is not on the " + label + " scale (1.." + points + ")");
    }
  }
}
