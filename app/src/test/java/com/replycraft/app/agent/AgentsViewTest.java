package com.replycraft.app.agent;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.app.KaribuTestBase;
import com.replycraft.app.security.NewUser;
import com.replycraft.app.security.Role;
import com.replycraft.app.security.UserService;
import com.replycraft.app.security.UserSummary;
import com.vaadin.flow.component.UI;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AgentsViewTest extends KaribuTestBase {

  @Autowired AgentDirectory directory;
  @Autowired UserService users;

  AgentsView view;
  UserSummary agent;
  String suffix;

  @BeforeEach
  void openAsAdmin() {
    suffix = UUID.randomUUID().toString().substring(0, 8);
    agent =
        users.create(
            new NewUser("ana-" + suffix, "Ana " + suffix, Set.of(Role.AGENT), "pw-long-1"));
    signIn("admin", "ADMIN");
    UI.getCurrent().navigate(AgentsView.class);
    view = _get(AgentsView.class);
    view.grid.select(directory.byUsername(agent.username()).orElseThrow());
  }

  @Test
  void an_admin_links_an_agent_id_and_sets_a_team() {
    view.agentId.setValue("freshdesk-" + suffix);
    _click(view.link);
    _setValue(view.team, "Night shift " + suffix);

    AgentProfile saved = directory.byUsername(agent.username()).orElseThrow();
    assertThat(saved.agentIds()).containsExactly("freshdesk-" + suffix);
    assertThat(saved.team()).isEqualTo("Night shift " + suffix);
  }

  @Test
  void linking_an_id_that_belongs_to_someone_else_is_refused_beside_the_field() {
    view.agentId.setValue("tel-agent-17");
    _click(view.link);

    assertThat(view.agentId.isInvalid()).isTrue();
    assertThat(view.agentId.getErrorMessage()).contains("already linked to Alex Agent");
    assertThat(directory.byAgentId("tel-agent-17").orElseThrow().username()).isEqualTo("agent");
  }

  @Test
  void an_empty_id_is_refused_and_nothing_is_linked() {
    view.agentId.clear();
    _click(view.link);

    assertThat(view.agentId.isInvalid()).isTrue();
    assertThat(directory.byUsername(agent.username()).orElseThrow().agentIds()).isEmpty();
  }
}
