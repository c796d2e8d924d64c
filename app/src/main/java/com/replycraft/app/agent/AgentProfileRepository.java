package com.replycraft.app.agent;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgentProfileRepository extends JpaRepository<AgentProfileEntity, Long> {

  @Query(
      "select distinct p.team from AgentProfileEntity p where p.team is not null order by p.team")
  List<String> findTeams();
}
