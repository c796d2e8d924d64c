package com.replycraft.app.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.replycraft.app.review.ReviewFixtures.reviewer;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.app.KaribuTestBase;
import com.replycraft.app.review.scorecard.Rating;
import com.replycraft.app.security.UserSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A saved review leads trainers and admins to turn its conversation into an exercise. */
class TurnIntoExerciseLinkTest extends KaribuTestBase {

  @Autowired ReviewService reviews;
  @Autowired ReviewFixtures fixtures;

  private ReviewDetails savedReview(UserSummary agent, long conversation) {
    ReviewSheet sheet = reviews.sheet(conversation, reviewer()).orElseThrow();
    Map<Long, Rating> all = new HashMap<>();
    sheet.scorecard().categories().forEach(c -> all.put(c.id(), Rating.of(c.scale().points())));
    return reviews.save(
        conversation, new ReviewForm(null, all, Map.of(), "Fine"), true, reviewer());
  }

  @Test
  void an_admin_sees_turn_into_exercise_on_a_saved_review_and_its_agent_does_not() {
    UserSummary agent = fixtures.agent();
    long conversation = fixtures.conversationAnsweredBy(agent.username());
    ReviewDetails review = savedReview(agent, conversation);

    signIn("admin", "ADMIN");
    UI.getCurrent().navigate("reviews/" + review.id());
    Anchor link = _get(Anchor.class, spec -> spec.withId("turn-into-exercise"));
    assertThat(link.getHref()).isEqualTo("training/promote/" + conversation);

    signIn(agent.username(), "AGENT");
    UI.getCurrent().navigate("reviews/" + review.id());
    _get(ReviewDetailView.class);
    assertThat(_find(Anchor.class, spec -> spec.withId("turn-into-exercise"))).isEmpty();
  }
}
