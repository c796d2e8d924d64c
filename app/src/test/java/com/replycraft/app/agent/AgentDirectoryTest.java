package com.replycraft.app.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.replycraft.app.ReplyCraftTest;
import com.replycraft.app.security.NewUser;
import com.replycraft.app.security.Role;
import com.replycraft.app.security.UserService;
import com.replycraft.app.security.UserSummary;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ReplyCraftTest
class AgentDirectoryTest {

  @Autowired AgentDirectory directory;
  @Autowired UserService users;

  UserSummary kim;
  UserSummary lee;
  String suffix;

  @BeforeEach
  void twoAgents() {
    suffix = UUID.randomUUID().toString().substring(0, 8);
    kim =
        users.create(
            new NewUser("kim-" + suffix, "Kim " + suffix, Set.of(Role.AGENT), "pw-long-1"));
    lee =
        users.create(
            new NewUser("lee-" + suffix, "Lee " + suffix, Set.of(Role.AGENT), "pw-long-2"));
  }

  @Test
  void a_linked_help_desk_id_leads_to_its_agent() {
    directory.link(kim.id(), "zendesk-" + suffix);

    assertThat(directory.byAgentId("zendesk-" + suffix))
        .get()
        .extracting(AgentProfile::username)
        .isEqualTo(kim.username());
    assertThat(directory.agentIdsOf(kim.username()))
        .as("linked ids plus the username that replies written here carry")
        .containsExactlyInAnyOrder("zendesk-" + suffix, kim.username());
  }

  @Test
  void an_id_linked_to_one_agent_cannot_silently_move_to_another() {
    directory.link(kim.id(), "desk-" + suffix);

    assertThatThrownBy(() -> directory.link(lee.id(), "desk-" + suffix))
        .isInstanceOf(AgentLinkException.class)
        .hasMessageContaining("already linked to Kim " + suffix);
    directory.link(kim.id(), " desk-" + suffix + " ");
    assertThat(directory.byUsername(kim.username()).orElseThrow().agentIds())
        .containsExactly("desk-" + suffix);
  }

  @Test
  void unlinking_frees_the_id_for_someone_else() {
    directory.link(kim.id(), "moved-" + suffix);
    directory.unlink("moved-" + suffix);
    directory.link(lee.id(), "moved-" + suffix);

    assertThat(directory.byAgentId("moved-" + suffix).orElseThrow().username())
        .isEqualTo(lee.username());
  }

  @Test
  void only_agents_can_be_linked_and_ids_must_be_sensible() {
    UserSummary reviewer =
        users.create(
            new NewUser("rev-" + suffix, "Rev " + suffix, Set.of(Role.REVIEWER), "pw-long-3"));

    assertThatThrownBy(() -> directory.link(reviewer.id(), "x-" + suffix))
        .hasMessageContaining("is not an agent");
    assertThatThrownBy(() -> directory.link(kim.id(), "   "))
        .hasMessageContaining("Enter the agent id");
    assertThatThrownBy(() -> directory.link(kim.id(), "x".repeat(101)))
        .hasMessageContaining("at most 100");
  }

  @Test
  void teams_group_agents_and_a_blank_team_removes_the_agent_from_it() {
    String team = "Team " + suffix;
    directory.setTeam(kim.id(), team);
    directory.setTeam(lee.id(), team);

    assertThat(directory.teams()).contains(team);
    assertThat(directory.team(team))
        .extracting(AgentProfile::username)
        .containsExactlyInAnyOrder(kim.username(), lee.username());

    directory.setTeam(lee.id(), "  ");
    assertThat(directory.team(team))
        .extracting(AgentProfile::username)
        .containsExactly(kim.username());
  }

  @Test
  void an_unknown_id_or_user_is_nobody() {
    assertThat(directory.byAgentId("nobody-" + suffix)).isEmpty();
    assertThat(directory.agentIdsOf("nobody-" + suffix)).isEmpty();
  }

  @Test
  void the_demo_threads_agent_ids_reach_the_demo_agents() {
    assertThat(directory.byAgentId("tel-agent-17").orElseThrow().username()).isEqualTo("agent");
    assertThat(directory.byAgentId("claims-08").orElseThrow().team()).isEqualTo("Care West");
    assertThat(directory.unlinkedAgentIds()).doesNotContain("tel-agent-17", "claims-08");
  }
}
