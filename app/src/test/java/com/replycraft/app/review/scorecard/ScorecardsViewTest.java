package com.replycraft.app.review.scorecard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.app.KaribuTestBase;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ScorecardsViewTest extends KaribuTestBase {

  @Autowired ScorecardService scorecards;

  @Test
  void an_admin_edits_a_weight_and_publishes_a_new_version_keeping_the_old_one() {
    ScorecardVersion first =
        scorecards.create("Card " + UUID.randomUUID(), ScorecardServiceTest.drafts(), "admin");
    signIn("demo-admin", "ADMIN");
    com.vaadin.flow.component.UI.getCurrent().navigate("admin/scorecards");
    ScorecardsView view = _get(ScorecardsView.class);
    view.scorecard.setValue(
        scorecards.scorecards().stream()
            .filter(s -> s.id() == first.scorecardId())
            .findFirst()
            .orElseThrow());

    _setValue(view.categoryRows.get(0).weight, 40);
    _click(view.publish);

    ScorecardVersion current = scorecards.current(first.scorecardId());
    assertThat(current.number()).isEqualTo(2);
    assertThat(current.categories().get(0).weight()).isEqualTo(40);
    assertThat(scorecards.version(first.id()).orElseThrow().categories().get(0).weight())
        .isEqualTo(20);
  }

  @Test
  void a_category_without_a_name_is_refused_with_a_message_and_nothing_is_published() {
    ScorecardVersion first =
        scorecards.create("Card " + UUID.randomUUID(), ScorecardServiceTest.drafts(), "admin");
    signIn("demo-admin", "ADMIN");
    com.vaadin.flow.component.UI.getCurrent().navigate("admin/scorecards");
    ScorecardsView view = _get(ScorecardsView.class);
    view.scorecard.setValue(
        scorecards.scorecards().stream()
            .filter(s -> s.id() == first.scorecardId())
            .findFirst()
            .orElseThrow());

    _click(view.add);
    _click(view.publish);

    assertThat(view.error.isVisible()).isTrue();
    assertThat(view.error.getText()).contains("name");
    assertThat(scorecards.current(first.scorecardId()).number()).isEqualTo(1);
  }
}
