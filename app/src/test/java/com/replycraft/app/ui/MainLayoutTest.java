package com.replycraft.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.app.KaribuTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainLayoutTest extends KaribuTestBase {

  private static List<String> navigation() {
    UI.getCurrent().navigate(HomeView.class);
    return _get(MainLayout.class).nav.getItems().stream().map(SideNavItem::getLabel).toList();
  }

  @Test
  void an_admin_sees_the_inbox_templates_users_api_tokens_and_the_ai_assistant() {
    signIn("admin", "ADMIN");

    assertThat(navigation())
        .containsExactly(
            "Home",
            "Inbox",
            "Templates",
            "Insights",
            "Users",
            "Agents",
            "API tokens",
            "AI assistant");
  }

  @Test
  void an_agent_sees_only_the_views_an_agent_may_open() {
    signIn("agent", "AGENT");

    assertThat(navigation()).containsExactly("Home", "Inbox", "Templates", "Insights");
  }

  @Test
  void the_home_page_greets_the_signed_in_user() {
    signIn("trainer", "TRAINER");
    UI.getCurrent().navigate(HomeView.class);

    assertThat(_get(HomeView.class).getElement().getTextRecursively())
        .contains("Welcome, trainer")
        .contains("trainer");
  }
}
