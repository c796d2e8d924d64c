package com.replycraft.app.review;

import com.replycraft.app.agent.AgentDirectory;
import com.replycraft.app.agent.AgentProfile;
import com.replycraft.app.security.UserService;
import com.replycraft.app.security.UserSummary;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which AGENT user an agent id (as imports carry it) reaches, through the agent directory's links;
 * a reply written in ReplyCraft carries its author's username, which reaches that user too.
 */
@Component
class AgentLookup {

  private final AgentDirectory directory;
  private final UserService users;

  AgentLookup(AgentDirectory directory, UserService users) {
    this.directory = directory;
    this.users = users;
  }

  /** The AGENT user this agent id reaches now, if any. */
  Optional<Long> userOf(String agentId) {
    return directory.byAgentId(agentId).map(AgentProfile::userId);
  }

  /** The agent ids whose not-yet-reached reviews belong to this user (linked ids and username). */
  Set<String> agentIdsOf(String username) {
    return directory.agentIdsOf(username);
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
    if (agentId == null) {
      return "no agent";
    }
    return directory
        .byAgentId(agentId)
        .map(AgentProfile::displayName)
        .orElse(agentId + " (not linked yet)");
  }
}
