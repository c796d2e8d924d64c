package com.replycraft.app.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An API token as the admin page lists it: never the token itself. */
public record ApiTokenSummary(
    long id,
    String name,
    Role role,
    String createdBy,
    Instant createdAt,
    @Nullable Instant lastUsedAt,
    @Nullable Instant revokedAt) {

  public boolean active() {
    return revokedAt == null;
  }
}
