package com.replycraft.app.security;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/** What the rest of the app may know about a user: never the password hash. */
public record UserSummary(
    long id,
    String username,
    String displayName,
    Set<Role> roles,
    boolean enabled,
    Instant createdAt) {

  public UserSummary {
    roles = Set.copyOf(roles);
  }

  /** Roles as people read them, e.g. "Agent, Trainer", in the enum's order. */
  public String roleLabels() {
    return roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
  }
}
