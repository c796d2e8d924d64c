package com.replycraft.app.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.app.ReplyCraftTest;
import com.replycraft.app.review.ReviewFixtures;
import com.replycraft.app.review.ReviewForm;
import com.replycraft.app.review.ReviewService;
import com.replycraft.app.review.ReviewSheet;
import com.replycraft.app.review.scorecard.Rating;
import com.replycraft.app.review.scorecard.ScorecardCategory;
import com.replycraft.scoring.Dimension;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The human side of the quality trend: submitted QA ratings per dimension, on 0–100. */
@ReplyCraftTest
class ReviewedScoresTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 17);

  @Autowired ReviewedScores reviewed;
  @Autowired ReviewService reviews;
  @Autowired ReviewFixtures fixtures;

  @Test
  void a_submitted_review_shows_its_ratings_per_dimension_on_the_day_of_its_conversation() {
    String agentId = fixtures.agent().username();
    long conversation = fixtures.conversationAnsweredBy(agentId);
    ReviewSheet sheet = reviews.sheet(conversation, ReviewFixtures.reviewer()).orElseThrow();
    Map<Long, Rating> ratings = new HashMap<>();
    for (ScorecardCategory c : sheet.scorecard().categories()) {
      // tone at its lowest point, everything else at its highest
      ratings.put(c.id(), Rating.of(c.dimension() == Dimension.TONE ? 1 : c.scale().points()));
    }
    FactFilter filter = new FactFilter(DAY, DAY.plusDays(2), Set.of(agentId));
    assertThat(reviewed.byPeriod(Period.DAY, filter)).as("a draft does not count").isEmpty();

    reviews.save(
        conversation,
        new ReviewForm(null, ratings, Map.of(), null),
        true,
        ReviewFixtures.reviewer());

    List<Trends.DimensionPeriod> trend = reviewed.byPeriod(Period.DAY, filter);
    assertThat(trend).hasSize(1);
    assertThat(trend.get(0).period()).isEqualTo(DAY);
    assertThat(trend.get(0).tone()).isEqualTo(0.0);
    assertThat(trend.get(0).empathy()).isEqualTo(100.0);
  }
}
