package com.replycraft.app.insights;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.replycraft.app.KaribuTestBase;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InsightsViewTest extends KaribuTestBase {

  @BeforeEach
  void theDemoHistoryIsStored() {
    assertThat(context.getBean(InsightsDemoData.class).await(Duration.ofMinutes(3))).isTrue();
  }

  private InsightsView open() {
    UI.getCurrent().navigate("insights");
    return _get(InsightsView.class);
  }

  @Test
  void a_reviewer_sees_every_kpi_with_its_explanation_and_every_chart_with_a_table_and_csv() {
    signIn("reviewer", "REVIEWER");

    InsightsView view = open();

    for (Kpi kpi : Kpi.values()) {
      Div card = _get(view, Div.class, spec -> spec.withId("kpi-" + kpi.key()));
      assertThat(card.getElement().getAttribute("title")).isEqualTo(kpi.explanation());
    }
    assertThat(view.report).isNotNull();
    assertThat(view.report.overall().conversations()).isPositive();
    // six charts (one of them the reviewed scores), and a table with a CSV link beside each of the
    // eight tables (KPIs and leaderboard have no chart)
    assertThat(_find(view, Svg.class)).hasSize(6);
    assertThat(_find(view, Grid.class)).hasSize(8);
    assertThat(_find(view, Anchor.class)).hasSize(8);
    assertThat(_find(view, Paragraph.class))
        .anyMatch(p -> p.getText().equals(InsightsView.COACHING_NOTE));
  }

  @Test
  void grouping_by_team_lists_the_demo_teams() {
    signIn("reviewer", "REVIEWER");
    InsightsView view = open();

    view.groupBy.setValue(GroupBy.TEAM);

    Grid<?> kpis = _get(view, Grid.class, spec -> spec.withId("kpi-table"));
    assertThat(GridKt._size(kpis)).isGreaterThanOrEqualTo(2);
  }

  @Test
  void a_period_that_ends_before_it_starts_is_refused_beside_the_field() {
    signIn("reviewer", "REVIEWER");
    InsightsView view = open();

    view.from.setValue(view.to.getValue().plusDays(3));

    assertThat(view.from.isInvalid()).isTrue();
    assertThat(view.from.getErrorMessage()).contains("after");
  }

  @Test
  void an_agent_sees_only_their_own_work() {
    signIn("agent", "AGENT");

    InsightsView view = open();

    assertThat(view.report).isNotNull();
    assertThat(view.report.kpis())
        .allSatisfy(
            k ->
                assertThat(
                        InsightsViewTest.this
                            .context
                            .getBean(InsightsService.class)
                            .scopeOf("agent", java.util.List.of("AGENT"))
                            .agentIds())
                    .contains(k.group()));
    assertThat(view.groupBy.getValue()).isEqualTo(GroupBy.AGENT);
  }
}
