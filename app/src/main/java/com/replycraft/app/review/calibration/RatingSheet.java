package com.replycraft.app.review.calibration;

import com.replycraft.app.review.scorecard.Rating;
import org.jspecify.annotations.Nullable;

/** Every rating of a session, as the results read them. */
interface RatingSheet {

  /** A reviewer's rating, or null when they gave none. */
  @Nullable Rating human(String reviewer, long conversationId, long categoryId);

  /** The auto-QA's rating of a dimension category, or null (custom category, or none stored). */
  @Nullable Rating auto(long conversationId, long categoryId);
}
