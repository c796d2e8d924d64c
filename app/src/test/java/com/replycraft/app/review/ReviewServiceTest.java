package com.replycraft.app.review;

import static com.replycraft.app.review.ReviewFixtures.reviewer;
import static com.replycraft.app.review.ReviewFixtures.viewerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.replycraft.app.ReplyCraftTest;
import com.replycraft.app.review.scorecard.CategoryDraft;
import com.replycraft.app.review.scorecard.Rating;
import com.replycraft.app.review.scorecard.ScorecardCategory;
import com.replycraft.app.review.scorecard.ScorecardService;
import com.replycraft.app.review.scorecard.ScorecardVersion;
import com.replycraft.app.security.Role;
import com.replycraft.app.security.UserSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ReplyCraftTest
class ReviewServiceTest {

  @Autowired ReviewService reviews;
  @Autowired ScorecardService scorecards;
  @Autowired ReviewFixtures fixtures;
  @Autowired com.replycraft.app.agent.AgentDirectory directory;

  /** Every category rated with its top point, N/A where allowed and asked. */
  private static Map<Long, Rating> allTop(ScorecardVersion card) {
    Map<Long, Rating> ratings = new HashMap<>();
    card.categories().forEach(c -> ratings.put(c.id(), Rating.of(c.scale().points())));
    return ratings;
  }

  private ReviewDetails submitted(long conversationId) {
    ReviewSheet sheet = reviews.sheet(conversationId, reviewer()).orElseThrow();
    return reviews.save(
        conversationId,
        new ReviewForm(null, allTop(sheet.scorecard()), Map.of(1, "Cite the refund date."), "Good"),
        true,
        reviewer());
  }

  @Test
  void a_new_review_is_prefilled_from_the_auto_scores_and_leaves_custom_categories_empty() {
    UserSummary agent = fixtures.agent();
    long conversation = fixtures.conversationAnsweredBy(agent.username());

    ReviewSheet sheet = reviews.sheet(conversation, reviewer()).orElseThrow();

    assertThat(sheet.review()).isNull();
    assertThat(sheet.agentId()).isEqualTo(agent.username());
    assertThat(sheet.agentName()).isEqualTo(agent.displayName());
    assertThat(sheet.findingsByPosition()).containsKey(1);
    for (ScorecardCategory c : sheet.scorecard().categories()) {
      if (c.dimension() == null) {
        assertThat(sheet.ratings()).doesNotContainKey(c.id());
      } else if (c.dimension() != com.replycraft.scoring.Dimension.DELAY_ACKNOWLEDGEMENT) {
        assertThat(sheet.ratings()).containsKey(c.id());
      }
    }
    // One audited reply: each dimension's rating is the point nearest to its auto score.
    com.replycraft.scoring.Scores auto = sheet.thread().messages().get(1).scores();
    assertThat(auto).isNotNull();
    for (ScorecardCategory c : sheet.scorecard().categories()) {
      Integer score = c.dimension() == null ? null : auto.of(c.dimension());
      if (score != null) {
        assertThat(sheet.ratings().get(c.id()))
            .as(c.name())
            .isEqualTo(Rating.of(c.scale().nearest(score)));
      }
    }
    assertThat(auto.overall()).isLessThan(100);
  }

  @Test
  void a_draft_saves_partial_ratings_and_a_submit_needs_every_category() {
    long conversation = fixtures.conversationAnsweredBy(fixtures.agent().username());
    ReviewSheet sheet = reviews.sheet(conversation, reviewer()).orElseThrow();

    ReviewDetails draft =
        reviews.save(
            conversation, new ReviewForm(null, sheet.ratings(), Map.of(), null), false, reviewer());

    assertThat(draft.status()).isEqualTo(ReviewStatus.DRAFT);
    assertThatThrownBy(
            () ->
                reviews.save(
                    conversation,
                    new ReviewForm(draft.version(), sheet.ratings(), Map.of(), null),
                    true,
                    reviewer()))
        .isInstanceOf(InvalidRatingException.class)
        .hasMessageContaining("Accurate and complete resolution");
  }

  @Test
  void a_save_from_a_stale_form_is_refused_and_changes_nothing() {
    long conversation = fixtures.conversationAnsweredBy(fixtures.agent().username());
    ReviewSheet sheet = reviews.sheet(conversation, reviewer()).orElseThrow();
    ReviewDetails first =
        reviews.save(
            conversation,
            new ReviewForm(null, sheet.ratings(), Map.of(), "first"),
            false,
            reviewer());
    reviews.save(
        conversation,
        new ReviewForm(first.version(), sheet.ratings(), Map.of(), "second"),
        false,
        reviewer());

    assertThatThrownBy(
            () ->
                reviews.save(
                    conversation,
                    new ReviewForm(first.version(), sheet.ratings(), Map.of(), "stale"),
                    false,
                    reviewer()))
        .isInstanceOf(StaleReviewException.class)
        .hasMessageContaining("someone else changed this review".substring(1));
    assertThat(reviews.sheet(conversation, reviewer()).orElseThrow().review().overallComment())
        .isEqualTo("second");
  }

  @Test
  void two_reviewers_starting_the_same_new_review_do_not_both_win() {
    long conversation = fixtures.conversationAnsweredBy(fixtures.agent().username());
    ReviewSheet sheet = reviews.sheet(conversation, reviewer()).orElseThrow();
    reviews.save(
        conversation, new ReviewForm(null, sheet.ratings(), Map.of(), "mine"), false, reviewer());

    assertThatThrownBy(
            () ->
                reviews.save(
                    conversation,
                    new ReviewForm(null, sheet.ratings(), Map.of(), "theirs"),
                    false,
                    reviewer()))
        .isInstanceOf(StaleReviewException.class);
  }

  @Test
  void a_review_keeps_its_scorecard_version_after_the_scorecard_is_edited() {
    long conversation = fixtures.conversationAnsweredBy(fixtures.agent().username());
    ReviewDetails before = submitted(conversation);
    ScorecardVersion current = scorecards.current();
    List<CategoryDraft> edited =
        new java.util.ArrayList<>(
            current.categories().stream().map(ScorecardCategory::toDraft).toList());
    CategoryDraft first = edited.get(0);
    edited.set(
        0,
        new CategoryDraft(
            first.name(),
            first.dimension(),
            first.weight() == 100 ? 99 : first.weight() + 1,
            first.scale(),
            first.naAllowed(),
            first.critical()));

    ScorecardVersion published = scorecards.publish(current.scorecardId(), edited, "admin");

    ReviewDetails after = reviews.find(before.id(), reviewer());
    assertThat(after.scorecard().id())
        .isEqualTo(before.scorecard().id())
        .isNotEqualTo(published.id());
    assertThat(after.scorecard().categories()).isEqualTo(before.scorecard().categories());
    assertThat(after.score()).isEqualTo(before.score());
    long next = fixtures.conversationAnsweredBy(fixtures.agent().username());
    assertThat(reviews.sheet(next, reviewer()).orElseThrow().scorecard().id())
        .isEqualTo(published.id());
  }

  @Test
  void the_agent_acknowledges_or_disputes_once_and_a_reviewer_resolves_with_a_new_score() {
    UserSummary agent = fixtures.agent();
    long conversation = fixtures.conversationAnsweredBy(agent.username());
    ReviewDetails review = submitted(conversation);
    assertThat(review.score()).isEqualTo(100.0);

    assertThatThrownBy(() -> reviews.dispute(review.id(), "  ", viewerOf(agent)))
        .isInstanceOf(ReviewTransitionException.class)
        .hasMessageContaining("comment is required");
    ReviewDetails disputed =
        reviews.dispute(review.id(), "The refund date was in my reply", viewerOf(agent));
    assertThat(disputed.status()).isEqualTo(ReviewStatus.DISPUTED);
    assertThatThrownBy(() -> reviews.acknowledge(review.id(), viewerOf(agent)))
        .isInstanceOf(ReviewTransitionException.class)
        .hasMessageContaining("disputed");

    Map<Long, Rating> adjusted = new HashMap<>(disputed.ratings());
    ScorecardCategory resolution =
        disputed.scorecard().categories().stream()
            .filter(c -> c.dimension() == null && !c.critical())
            .findFirst()
            .orElseThrow();
    adjusted.put(resolution.id(), Rating.of(1));
    assertThatThrownBy(
            () ->
                reviews.resolve(
                    review.id(), DisputeOutcome.REJECTED, "Stands", adjusted, reviewer()))
        .hasMessageContaining("rejected dispute keeps the ratings");
    assertThatThrownBy(
            () -> reviews.resolve(review.id(), DisputeOutcome.ACCEPTED, " ", null, reviewer()))
        .hasMessageContaining("reason");

    ReviewDetails resolved =
        reviews.resolve(
            review.id(),
            DisputeOutcome.PARTIALLY_ACCEPTED,
            "Fair point on the date",
            adjusted,
            reviewer());

    assertThat(resolved.status()).isEqualTo(ReviewStatus.RESOLVED);
    assertThat(resolved.originalScore()).isEqualTo(100.0);
    assertThat(resolved.score()).isLessThan(100.0);
    assertThat(reviews.find(review.id(), viewerOf(agent)).resolutionReason())
        .isEqualTo("Fair point on the date");
    assertThatThrownBy(
            () -> reviews.resolve(review.id(), DisputeOutcome.ACCEPTED, "again", null, reviewer()))
        .isInstanceOf(ReviewTransitionException.class)
        .hasMessageContaining("resolved");
  }

  @Test
  void a_submitted_review_can_no_longer_be_edited() {
    long conversation = fixtures.conversationAnsweredBy(fixtures.agent().username());
    ReviewDetails review = submitted(conversation);

    assertThatThrownBy(
            () ->
                reviews.save(
                    conversation,
                    new ReviewForm(review.version(), review.ratings(), Map.of(), "x"),
                    false,
                    reviewer()))
        .isInstanceOf(ReviewTransitionException.class)
        .hasMessageContaining("only a draft can be edited");
  }

  @Test
  void an_agent_cannot_read_another_agents_review_nor_see_it_listed() {
    UserSummary owner = fixtures.agent();
    UserSummary other = fixtures.agent();
    ReviewDetails review = submitted(fixtures.conversationAnsweredBy(owner.username()));

    assertThat(reviews.find(review.id(), viewerOf(owner)).id()).isEqualTo(review.id());
    assertThatThrownBy(() -> reviews.find(review.id(), viewerOf(other)))
        .isInstanceOf(ReviewAccessDeniedException.class);
    assertThatThrownBy(() -> reviews.dispute(review.id(), "not mine but", viewerOf(other)))
        .isInstanceOf(ReviewAccessDeniedException.class);
    assertThat(reviews.list(viewerOf(owner), ReviewFilter.ALL, 0, 50))
        .extracting(ReviewRow::id)
        .containsExactly(review.id());
    assertThat(reviews.list(viewerOf(other), ReviewFilter.ALL, 0, 50)).isEmpty();
    assertThat(reviews.count(viewerOf(other), ReviewFilter.ALL)).isZero();
  }

  @Test
  void an_agent_does_not_see_a_draft_of_their_review() {
    UserSummary agent = fixtures.agent();
    long conversation = fixtures.conversationAnsweredBy(agent.username());
    ReviewSheet sheet = reviews.sheet(conversation, reviewer()).orElseThrow();
    ReviewDetails draft =
        reviews.save(
            conversation, new ReviewForm(null, sheet.ratings(), Map.of(), null), false, reviewer());

    assertThatThrownBy(() -> reviews.find(draft.id(), viewerOf(agent)))
        .isInstanceOf(ReviewAccessDeniedException.class);
    assertThat(reviews.count(viewerOf(agent), ReviewFilter.ALL)).isZero();
  }

  @Test
  void an_agent_role_api_token_sees_no_reviews_and_a_reviewer_token_sees_them_all() {
    ReviewDetails review = submitted(fixtures.conversationAnsweredBy(fixtures.agent().username()));

    assertThatThrownBy(() -> reviews.find(review.id(), Viewer.token("helpdesk", Role.AGENT)))
        .isInstanceOf(ReviewAccessDeniedException.class);
    assertThat(reviews.count(Viewer.token("helpdesk", Role.AGENT), ReviewFilter.ALL)).isZero();
    assertThat(reviews.find(review.id(), Viewer.token("qa-sync", Role.REVIEWER)).id())
        .isEqualTo(review.id());
  }

  @Test
  void a_review_of_an_unlinked_agent_id_reaches_the_agent_once_an_admin_links_it() {
    String helpDeskId = "hd-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    UserSummary agent = fixtures.agent();
    ReviewDetails review = submitted(fixtures.conversationAnsweredBy(helpDeskId));
    assertThat(review.agentUserId()).isNull();
    assertThat(review.agentName()).contains("not linked");
    assertThatThrownBy(() -> reviews.find(review.id(), viewerOf(agent)))
        .isInstanceOf(ReviewAccessDeniedException.class);

    directory.link(agent.id(), helpDeskId);

    assertThat(reviews.find(review.id(), viewerOf(agent)).agentName())
        .isEqualTo(agent.displayName());
    assertThat(reviews.list(viewerOf(agent), ReviewFilter.ALL, 0, 50))
        .extracting(ReviewRow::id)
        .containsExactly(review.id());
    assertThat(reviews.acknowledge(review.id(), viewerOf(agent)).status())
        .isEqualTo(ReviewStatus.ACKNOWLEDGED);
  }
}
