package com.replycraft.app.agent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One help desk agent id, and the user it stands for. */
@Entity
@Table(name = "agent_id_link")
class AgentIdLink {

  @Id
  @Column(name = "agent_id", length = 100)
  private String agentId = "";

  @Column(name = "user_id", nullable = false)
  private long userId;

  protected AgentIdLink() {}

  AgentIdLink(String agentId, long userId) {
    this.agentId = agentId;
    this.userId = userId;
  }

  String getAgentId() {
    return agentId;
  }

  long getUserId() {
    return userId;
  }
}
