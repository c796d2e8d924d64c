package com.replycraft.app.review.calibration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * A session as its facilitator sets it up.
 *
 * @param scorecardId the scorecard whose current version the reviewers rate on
 * @param conversationIds the conversations to rate, in the order they will be shown
 * @param reviewers usernames of the invited reviewers (REVIEWER or ADMIN users)
 */
public record NewSession(
    @NotBlank(message = "Give the session a name")
        @Size(max = 120, message = "At most 120 characters")
        String name,
    long scorecardId,
    @NotEmpty(message = "Choose at least one conversation")
        @Size(max = NewSession.MAX_CONVERSATIONS, message = "At most 50 conversations per session")
        List<Long> conversationIds,
    @Size(min = 2, message = "Invite at least two reviewers: agreement needs two")
        Set<String> reviewers) {

  public static final int MAX_CONVERSATIONS = 50;

  public NewSession {
    conversationIds = List.copyOf(conversationIds);
    reviewers = Set.copyOf(reviewers);
  }
}
