package com.replycraft.app.insights;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which facts a query reads: local days from..to (inclusive) and, unless null, only these agent ids
 * (an agent's own, or a team's).
 */
record FactFilter(LocalDate from, LocalDate to, @Nullable Set<String> agentIds) {

  FactFilter {
    agentIds = agentIds == null ? null : Set.copyOf(agentIds);
  }

  boolean matchesNothing() {
    return agentIds != null && agentIds.isEmpty();
  }

  String where() {
    return " where local_day between :from and :to"
        + (agentIds == null ? "" : " and agent_id in (:agents)");
  }

  Map<String, Object> parameters() {
    Map<String, Object> p = new HashMap<>();
    p.put("from", from);
    p.put("to", to);
    if (agentIds != null) {
      p.put("agents", agentIds);
    }
    return p;
  }

  FactFilter withAgents(Set<String> agents) {
    return new FactFilter(from, to, agents);
  }
}
