package com.replycraft.app.review.scorecard;

/** A scorecard with its current (latest published) version. */
public record ScorecardSummary(long id, String name, ScorecardVersion current) {}
