package com.replycraft.app.agent;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgentIdLinkRepository extends JpaRepository<AgentIdLink, String> {

  List<AgentIdLink> findByUserIdOrderByAgentId(long userId);

  /** Agent ids that imported messages carry but no user has been linked to yet. */
  @Query(
      """
      select distinct m.agentId from ConversationMessage m
      where m.agentId is not null
        and not exists (select 1 from AgentIdLink l where l.agentId = m.agentId)
      order by m.agentId
      """)
  List<String> findUnlinkedAgentIds();
}
