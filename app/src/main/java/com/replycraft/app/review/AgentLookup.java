package com.replycraft.app.review;

import com.replycraft.app.security.Role;
import com.replycraft.app.security.UserService;
import com.replycraft.app.security.UserSummary;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which AGENT user an agent id (as imports carry it) reaches. A reply written in ReplyCraft carries
 * its author's username as agent id, so a username of an AGENT user reaches that user too.
 */
@Component
class AgentLookup {

  private final UserService users;

  AgentLookup(UserService users) {
    this.users = users;
  }

  /** The AGENT user this agent id reaches, if any. */
  Optional<Long> userOf(String agentId) {
    return users.find(agentId).filter(u -> u.roles().contains(Role.AGENT)).map(UserSummary::id);
  }

  /** The agent ids whose reviews reach this user: the linked ones and their own username. */
  Set<String> agentIdsOf(String username) {
    Set<String> ids = new LinkedHashSet<>();
    ids.add(username);
    return ids;
  }

  /** A name for people: the user's display name, else the raw agent id, else "no agent". */
  String nameOf(@Nullable Long userId, @Nullable String agentId) {
    if (userId != null) {
      Optional<String> name =
          users.list().stream()
              .filter(u -> u.id() == userId)
              .map(UserSummary::displayName)
              .findFirst();
      if (name.isPresent()) {
        return name.get();
      }
    }
    return agentId == null ? "no agent" : agentId + " (not linked)";
  }
}
