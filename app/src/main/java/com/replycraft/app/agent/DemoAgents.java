package com.replycraft.app.agent;

import com.replycraft.app.demo.DemoDataLoader;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Puts the demo agents in two teams and links the agent ids of the demo threads to them, so a demo
 * shows reviews and insights reaching people. Runs after the demo users exist.
 */
@Component
@Order(5)
class DemoAgents implements DemoDataLoader {

  static final Map<String, String> TEAMS = Map.of("agent", "Care East", "sam", "Care West");
  static final Map<String, List<String>> AGENT_IDS =
      Map.of(
          "agent", List.of("tel-agent-17", "bank-ops-3", "claims-22"),
          "sam", List.of("claims-08"));

  private final AgentDirectory directory;

  DemoAgents(AgentDirectory directory) {
    this.directory = directory;
  }

  @Override
  public void load() {
    TEAMS.forEach(
        (username, team) ->
            directory
                .byUsername(username)
                .ifPresent(
                    agent -> {
                      if (agent.team() == null) {
                        directory.setTeam(agent.userId(), team);
                      }
                      for (String id : AGENT_IDS.getOrDefault(username, List.of())) {
                        if (directory.byAgentId(id).isEmpty()) {
                          directory.link(agent.userId(), id);
                        }
                      }
                    }));
  }
}
