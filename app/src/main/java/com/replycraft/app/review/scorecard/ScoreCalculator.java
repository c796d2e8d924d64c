package com.replycraft.app.review.scorecard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The review score rule, in one place:
 *
 * <pre>
 *   score = Σ(percent(rating) × weight) / Σ weight   over the categories rated with a point
 * </pre>
 *
 * where {@code percent} maps a point linearly onto 0–100 on the category's scale. N/A and unrated
 * categories take no part (neither in the sum nor in the weights). When any critical category fails
 * ("no" on a binary scale, the lowest point on the others) the score is 0. With no category rated
 * with a point there is no score (null).
 */
public final class ScoreCalculator {

  private ScoreCalculator() {}

  /**
   * Scores {@code ratings} (by category id) on {@code categories}; ratings of other ids are
   * ignored.
   */
  public static ReviewScore score(List<ScorecardCategory> categories, Map<Long, Rating> ratings) {
    double weighted = 0;
    int weights = 0;
    List<String> failed = new ArrayList<>();
    for (ScorecardCategory category : categories) {
      Rating rating = ratings.get(category.id());
      if (rating == null || rating.notApplicable()) {
        continue;
      }
      Double percent = category.percent(rating);
      weighted += percent * category.weight();
      weights += category.weight();
      if (category.failedBy(rating)) {
        failed.add(category.name());
      }
    }
    if (weights == 0) {
      return new ReviewScore(null, failed);
    }
    return new ReviewScore(failed.isEmpty() ? weighted / weights : 0.0, failed);
  }
}
