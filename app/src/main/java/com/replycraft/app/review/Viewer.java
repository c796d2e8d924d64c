package com.replycraft.app.review;

import com.replycraft.app.security.Role;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is asking for reviews: a signed-in user, or an API token (a role but no user).
 *
 * @param userId the user's id; null for an API token
 * @param name the username, or the token's name
 */
public record Viewer(@Nullable Long userId, String name, Set<Role> roles) {

  public Viewer {
    roles = Set.copyOf(roles);
  }

  public static Viewer user(long userId, String username, Set<Role> roles) {
    return new Viewer(userId, username, roles);
  }

  public static Viewer token(String tokenName, Role role) {
    return new Viewer(null, tokenName, Set.of(role));
  }

  /** Reviewers and admins see and work every review. */
  public boolean reviewer() {
    return roles.contains(Role.REVIEWER) || roles.contains(Role.ADMIN);
  }
}
