package com.replycraft.app.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a review list. */
public record ReviewRow(
    long id,
    long conversationId,
    @Nullable String agentId,
    String agentName,
    String reviewer,
    ReviewStatus status,
    String score,
    @Nullable String disputeComment,
    Instant updatedAt) {}
