package com.replycraft.app.insights;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Who the agent ids of the transcripts are: their people, teams and names. */
@Component
class AgentRoster {

  Set<String> agentIdsOf(String username) {
    return Set.of();
  }

  /** Team name to the agent ids of its members, in team order. */
  Map<String, Set<String>> teams() {
    return Map.of();
  }

  String nameOf(String agentId) {
    return agentId;
  }

  /** Demo mode: links the generated history's agent ids to demo agent users in their teams. */
  void linkDemoAgents(Map<String, String> teamByAgentId) {}
}
