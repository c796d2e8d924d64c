package com.replycraft.app.agent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** The team of one user; a row exists only once a team was set. */
@Entity
@Table(name = "agent_profile")
class AgentProfileEntity {

  @Id
  @Column(name = "user_id")
  private long userId;

  @Column(length = 60)
  private @Nullable String team;

  protected AgentProfileEntity() {}

  AgentProfileEntity(long userId) {
    this.userId = userId;
  }

  long getUserId() {
    return userId;
  }

  @Nullable String getTeam() {
    return team;
  }

  void setTeam(@Nullable String team) {
    this.team = team;
  }
}
