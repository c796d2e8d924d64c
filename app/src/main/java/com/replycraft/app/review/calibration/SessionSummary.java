package com.replycraft.app.review.calibration;

import java.time.Instant;

/** One line of the session list. */
public record SessionSummary(
    long id,
    String name,
    String scorecard,
    SessionStatus status,
    int conversations,
    int reviewers,
    int submitted,
    String createdBy,
    Instant createdAt) {}
