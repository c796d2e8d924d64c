package com.replycraft.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.app.KaribuTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainLayoutTest extends KaribuTestBase {

  private static List<String> navigation() {
    UI.getCurrent().navigate(HomeView.class);
    return _get(MainLayout.class).nav.getItems().stream().map(SideNavItem::getLabel).toList();
  }

  /** What each role finds in the navigation, in order: one list per role, shared with BrowserIT. */
  static final Map<String, List<String>> NAVIGATION =
      Map.of(
          "AGENT",
          List.of("Home", "Inbox", "Templates", "Insights", "Reviews", "My training"),
          "REVIEWER",
          List.of(
              "Home",
              "Review queue",
              "Import transcripts",
              "Insights",
              "Reviews",
              "Disputes",
              "Calibration",
              "Search"),
          "TRAINER",
          List.of(
              "Home",
              "Templates",
              "Insights",
              "Reviews",
              "Exercise catalog",
              "Training attempts",
              "Training progress",
              "Search"),
          "ADMIN",
          List.of(
              "Home",
              "Review queue",
              "Import transcripts",
              "Inbox",
              "Templates",
              "Insights",
              "Reviews",
              "Disputes",
              "Calibration",
              "Exercise catalog",
              "Training attempts",
              "Training progress",
              "Search",
              "Users",
              "Agents",
              "API tokens",
              "AI assistant",
              "Scorecards"));

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"AGENT", "REVIEWER", "TRAINER", "ADMIN"})
  void each_role_sees_exactly_the_views_it_may_open(String role) {
    signIn(role.toLowerCase(Locale.ROOT), role);

    assertThat(navigation()).containsExactlyElementsOf(NAVIGATION.get(role));
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
