package com.replycraft.app.review;

import com.replycraft.app.review.scorecard.Rating;
import com.replycraft.app.review.scorecard.ScorecardVersion;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A stored review as its readers see it.
 *
 * @param score 0–100, or null when nothing was rated with a point
 * @param originalScore the score before a dispute was accepted with new ratings, else null
 * @param agentName who the review reaches, for people
 */
public record ReviewDetails(
    long id,
    long conversationId,
    ScorecardVersion scorecard,
    String reviewer,
    @Nullable String agentId,
    @Nullable Long agentUserId,
    String agentName,
    ReviewStatus status,
    @Nullable Double score,
    @Nullable Double originalScore,
    boolean criticalFailed,
    Map<Long, Rating> ratings,
    Map<Integer, String> messageComments,
    @Nullable String overallComment,
    @Nullable String disputeComment,
    @Nullable DisputeOutcome resolution,
    @Nullable String resolutionReason,
    @Nullable String resolvedBy,
    @Nullable Instant submittedAt,
    Instant updatedAt,
    long version) {

  public ReviewDetails {
    ratings = Map.copyOf(ratings);
    messageComments = Map.copyOf(messageComments);
  }

  /** "84", "0 (critical failed)", "–". */
  public String scoreText() {
    return scoreText(score, criticalFailed);
  }

  static String scoreText(@Nullable Double score, boolean criticalFailed) {
    if (score == null) {
      return "–";
    }
    return Math.round(score) + (criticalFailed ? " (critical failed)" : "");
  }
}
