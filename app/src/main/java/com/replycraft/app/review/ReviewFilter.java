package com.replycraft.app.review;

import org.jspecify.annotations.Nullable;

/** Filters of the reviewers' list; null matches everything. An agent's own list ignores them. */
public record ReviewFilter(
    @Nullable ReviewStatus status, @Nullable String agentId, @Nullable String reviewer) {

  public static final ReviewFilter ALL = new ReviewFilter(null, null, null);
}
