package com.replycraft.app.review.scorecard;

import com.replycraft.scoring.Dimension;
import org.jspecify.annotations.Nullable;

/**
 * One category of a published scorecard version; immutable, like its version.
 *
 * @param id stable for this version; a new version has new category ids
 * @param position order on the scorecard, from 0
 * @param dimension the scorer dimension it is pre-filled from, or null for a custom category
 * @param weight relative weight, 1..100
 * @param naAllowed whether the reviewer may mark it not applicable
 * @param critical whether failing it (see {@link RatingScale#fails}) makes the review score 0
 */
public record ScorecardCategory(
    long id,
    int position,
    String name,
    @Nullable Dimension dimension,
    int weight,
    RatingScale scale,
    boolean naAllowed,
    boolean critical) {

  /** The rating as 0–100 on this category's scale; null for N/A. */
  public @Nullable Double percent(Rating rating) {
    Integer point = rating.point();
    return point == null ? null : scale.percent(point);
  }

  /** Whether this rating fails the category: only critical categories can fail a review. */
  public boolean failedBy(Rating rating) {
    Integer point = rating.point();
    return critical && point != null && scale.fails(point);
  }

  /** The rating an auto-QA score (0–100) of this category's dimension suggests, if any. */
  public @Nullable Rating suggestedBy(@Nullable Integer autoScore) {
    if (dimension == null) {
      return null;
    }
    if (autoScore == null) {
      return naAllowed ? Rating.NOT_APPLICABLE : null;
    }
    return Rating.of(scale.nearest(autoScore));
  }

  /** The draft this category was published from, to start an edit. */
  public CategoryDraft toDraft() {
    return new CategoryDraft(name, dimension, weight, scale, naAllowed, critical);
  }
}
