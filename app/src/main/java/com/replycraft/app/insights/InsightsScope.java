package com.replycraft.app.insights;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whose work a viewer may see: everyone's (reviewers, trainers, admins), or only the agent ids
 * linked to the signed-in agent.
 *
 * @param agentIds null for everyone; else the viewer's own agent ids (maybe none)
 */
public record InsightsScope(String viewer, @Nullable Set<String> agentIds) {

  public InsightsScope {
    agentIds = agentIds == null ? null : Set.copyOf(agentIds);
  }

  public boolean everyone() {
    return agentIds == null;
  }
}
