package com.replycraft.app.review;

import com.replycraft.app.review.scorecard.Rating;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a reviewer typed: ratings by category id, comments by message position, an overall comment.
 *
 * @param expectedVersion the review's version when the form was loaded; null for a new review
 */
public record ReviewForm(
    @Nullable Long expectedVersion,
    Map<Long, Rating> ratings,
    Map<Integer, String> messageComments,
    @Nullable String overallComment) {

  public ReviewForm {
    ratings = Map.copyOf(ratings);
    messageComments = Map.copyOf(messageComments);
  }
}
