package com.replycraft.app.review;

import com.replycraft.app.conversation.ThreadSnapshot;
import com.replycraft.app.review.scorecard.Rating;
import com.replycraft.app.review.scorecard.ScorecardVersion;
import com.replycraft.scoring.Finding;
import com.replycraft.scoring.Scores;
import com.replycraft.scoring.escalation.EscalationAdvice;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything the review screen shows for one conversation: the transcript with its auto-QA, the
 * scorecard, and the review so far (or, for a new review, ratings pre-filled from the auto scores).
 *
 * @param findingsByPosition the auto-QA findings of each audited message, by message position
 * @param scoresByPosition the auto-QA scores of each audited message, by message position
 * @param review the stored review, or null when none is saved yet
 * @param ratings the stored ratings, or the pre-filled ones for a new review
 */
public record ReviewSheet(
    ThreadSnapshot thread,
    Map<Integer, List<Finding>> findingsByPosition,
    Map<Integer, Scores> scoresByPosition,
    List<Finding> threadFindings,
    @Nullable EscalationAdvice escalation,
    ScorecardVersion scorecard,
    @Nullable String agentId,
    String agentName,
    @Nullable ReviewDetails review,
    Map<Long, Rating> ratings) {}
