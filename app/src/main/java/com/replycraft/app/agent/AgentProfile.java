package com.replycraft.app.agent;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** An AGENT user with their team and the help desk agent ids linked to them. */
public record AgentProfile(
    long userId,
    String username,
    String displayName,
    @Nullable String team,
    List<String> agentIds) {

  public AgentProfile {
    agentIds = List.copyOf(agentIds);
  }
}
