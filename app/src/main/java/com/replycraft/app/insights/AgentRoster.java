package com.replycraft.app.insights;

import com.replycraft.app.agent.AgentDirectory;
import com.replycraft.app.agent.AgentProfile;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/** Who the agent ids of the transcripts are, as the agent directory knows them. */
@Component
class AgentRoster {

  private final AgentDirectory directory;

  AgentRoster(AgentDirectory directory) {
    this.directory = directory;
  }

  Set<String> agentIdsOf(String username) {
    return directory.agentIdsOf(username);
  }

  /**
   * Team name to the agent ids linked to its members, in team order (teams without ids left out).
   */
  Map<String, Set<String>> teams() {
    Map<String, Set<String>> teams = new LinkedHashMap<>();
    for (String team : directory.teams()) {
      Set<String> ids = new TreeSet<>();
      directory.team(team).forEach(member -> ids.addAll(member.agentIds()));
      if (!ids.isEmpty()) {
        teams.put(team, ids);
      }
    }
    return teams;
  }

  /** "Sam Okafor (claims-08)", or the bare id when nobody is linked to it. */
  String nameOf(String agentId) {
    return directory
        .byAgentId(agentId)
        .map(AgentProfile::displayName)
        .map(name -> name + " (" + agentId + ")")
        .orElse(agentId);
  }

  /** Demo mode: links agent ids to demo agent users (ids already linked are left alone). */
  void linkDemoAgents(Map<String, String> usernameByAgentId) {
    usernameByAgentId.forEach(
        (agentId, username) -> {
          if (directory.byAgentId(agentId).isEmpty()) {
            directory
                .byUsername(username)
                .ifPresent(agent -> directory.link(agent.userId(), agentId));
          }
        });
  }
}
