package com.replycraft.app.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.replycraft.app.review.ReviewFixtures.reviewer;
import static com.replycraft.app.review.ReviewFixtures.viewerOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.app.KaribuTestBase;
import com.replycraft.app.review.scorecard.Rating;
import com.replycraft.app.review.scorecard.ScorecardCategory;
import com.replycraft.app.security.UserSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewViewTest extends KaribuTestBase {

  @Autowired ReviewService reviews;
  @Autowired ReviewFixtures fixtures;

  private ReviewView open(long conversationId) {
    signIn("reviewer", "REVIEWER");
    UI.getCurrent().navigate("review/" + conversationId);
    return _get(ReviewView.class);
  }

  @Test
  void the_reviewer_sees_the_auto_qa_findings_highlighted_and_ratings_prefilled() {
    long conversation = fixtures.conversationAnsweredBy(fixtures.agent().username());

    ReviewView view = open(conversation);

    Div reply = _get(view.transcript, Div.class, spec -> spec.withId("turn-1"));
    assertThat(_find(reply, Span.class, spec -> spec.withClasses("rc-hl")))
        .as(view.sheet.findingsByPosition().toString())
        .isNotEmpty();
    assertThat(_find(view.transcript, Div.class, spec -> spec.withClasses("rc-review-finding")))
        .isNotEmpty();
    ReviewSheet sheet = view.sheet;
    for (ScorecardCategory c : sheet.scorecard().categories()) {
      RadioButtonGroup<Integer> field = view.ratingFields.get(c.id());
      Rating prefilled = sheet.ratings().get(c.id());
      if (c.dimension() == null) {
        assertThat(field.getValue()).as(c.name()).isNull();
      } else if (prefilled != null && prefilled.point() != null) {
        assertThat(field.getValue()).as(c.name()).isEqualTo(prefilled.point());
      }
    }
    assertThat(view.scoreValue.getText()).isNotEqualTo("–");
  }

  @Test
  void saving_a_draft_keeps_ratings_and_comments_and_submit_names_a_missing_rating() {
    long conversation = fixtures.conversationAnsweredBy(fixtures.agent().username());
    ReviewView view = open(conversation);
    _setValue(view.commentFields.get(1), "Name the refund date instead of quoting policy.");
    _setValue(view.overall, "Polite but cold.");

    _click(view.submit);

    ScorecardCategory custom =
        view.sheet.scorecard().categories().stream()
            .filter(c -> c.dimension() == null)
            .findFirst()
            .orElseThrow();
    assertThat(view.ratingFields.get(custom.id()).isInvalid()).isTrue();
    assertThat(view.ratingFields.get(custom.id()).getErrorMessage()).contains(custom.name());

    _setValue(view.ratingFields.get(custom.id()), 2);
    _click(view.saveDraft);

    ReviewDetails saved = reviews.sheet(conversation, reviewer()).orElseThrow().review();
    assertThat(saved.status()).isEqualTo(ReviewStatus.DRAFT);
    assertThat(saved.messageComments())
        .containsEntry(1, "Name the refund date instead of quoting policy.");
    assertThat(saved.overallComment()).isEqualTo("Polite but cold.");
    assertThat(saved.ratings()).containsEntry(custom.id(), Rating.of(2));
  }

  @Test
  void a_stale_save_says_someone_else_changed_the_review_and_keeps_what_was_typed() {
    long conversation = fixtures.conversationAnsweredBy(fixtures.agent().username());
    ReviewView view = open(conversation);
    _click(view.saveDraft);
    ReviewDetails mine = reviews.sheet(conversation, reviewer()).orElseThrow().review();
    // Another reviewer saves in between.
    reviews.save(
        conversation,
        new ReviewForm(mine.version(), mine.ratings(), Map.of(), "theirs"),
        false,
        reviewer());

    _setValue(view.overall, "My careful comment");
    _click(view.saveDraft);

    assertThat(view.notice.isVisible()).isTrue();
    assertThat(_get(view.notice, Span.class).getText())
        .contains("Someone else changed this review — reload");
    assertThat(view.overall.getValue()).isEqualTo("My careful comment");
    assertThat(reviews.sheet(conversation, reviewer()).orElseThrow().review().overallComment())
        .isEqualTo("theirs");
  }

  @Test
  void the_agent_disputes_with_a_required_comment_and_then_sees_the_outcome() {
    UserSummary agent = fixtures.agent();
    long conversation = fixtures.conversationAnsweredBy(agent.username());
    ReviewSheet sheet = reviews.sheet(conversation, reviewer()).orElseThrow();
    Map<Long, Rating> all = new HashMap<>();
    sheet.scorecard().categories().forEach(c -> all.put(c.id(), Rating.of(c.scale().points())));
    ReviewDetails review =
        reviews.save(conversation, new ReviewForm(null, all, Map.of(), "Fine"), true, reviewer());

    signIn(agent.username(), "AGENT");
    UI.getCurrent().navigate("reviews/" + review.id());
    ReviewDetailView view = _get(ReviewDetailView.class);
    _click(view.dispute);
    _click(view.sendDispute);
    assertThat(view.disputeComment.isInvalid()).isTrue();
    assertThat(view.disputeComment.getErrorMessage()).contains("comment is required");

    _setValue(view.disputeComment, "I gave the refund date in my second paragraph.");
    _click(view.sendDispute);

    assertThat(view.review.status()).isEqualTo(ReviewStatus.DISPUTED);
    assertThat(
            _get(
                    view,
                    com.vaadin.flow.component.html.Paragraph.class,
                    spec -> spec.withId("detail-dispute"))
                .getText())
        .contains("second paragraph");
    reviews.resolve(review.id(), DisputeOutcome.REJECTED, "The date was missing", null, reviewer());
    view.load(review.id());
    assertThat(
            _get(view, Div.class, spec -> spec.withId("detail-outcome"))
                .getElement()
                .getTextRecursively())
        .contains("Rejected")
        .contains("The date was missing");
    assertThat(reviews.find(review.id(), viewerOf(agent)).status())
        .isEqualTo(ReviewStatus.RESOLVED);
  }

  @Test
  void an_agent_opening_another_agents_review_by_url_sees_access_denied_not_the_review() {
    UserSummary owner = fixtures.agent();
    UserSummary other = fixtures.agent();
    long conversation = fixtures.conversationAnsweredBy(owner.username());
    ReviewSheet sheet = reviews.sheet(conversation, reviewer()).orElseThrow();
    Map<Long, Rating> all = new HashMap<>();
    sheet.scorecard().categories().forEach(c -> all.put(c.id(), Rating.of(1)));
    ReviewDetails review =
        reviews.save(
            conversation, new ReviewForm(null, all, Map.of(), "Secret remark"), true, reviewer());

    signIn(other.username(), "AGENT");
    UI.getCurrent().navigate("reviews/" + review.id());
    ReviewDetailView view = _get(ReviewDetailView.class);

    assertThat(_find(view, Div.class, spec -> spec.withId("access-denied"))).hasSize(1);
    assertThat(_find(view, Div.class, spec -> spec.withId("detail-ratings"))).isEmpty();
    assertThat(view.getElement().getTextRecursively()).doesNotContain("Secret remark");
  }

  @Test
  void a_reviewer_resolves_a_dispute_accepting_new_ratings_for_a_new_score() {
    UserSummary agent = fixtures.agent();
    long conversation = fixtures.conversationAnsweredBy(agent.username());
    ReviewSheet sheet = reviews.sheet(conversation, reviewer()).orElseThrow();
    Map<Long, Rating> all = new HashMap<>();
    sheet.scorecard().categories().forEach(c -> all.put(c.id(), Rating.of(c.scale().points())));
    ScorecardCategory custom =
        sheet.scorecard().categories().stream()
            .filter(c -> c.dimension() == null && !c.critical())
            .findFirst()
            .orElseThrow();
    all.put(custom.id(), Rating.of(1));
    ReviewDetails review =
        reviews.save(conversation, new ReviewForm(null, all, Map.of(), null), true, reviewer());
    reviews.dispute(review.id(), "The resolution was complete", viewerOf(agent));

    signIn("reviewer", "REVIEWER");
    UI.getCurrent().navigate("disputes");
    DisputesView view = _get(DisputesView.class);
    view.select(
        reviews
            .list(reviewer(), new ReviewFilter(ReviewStatus.DISPUTED, null, null), 0, 500)
            .stream()
            .filter(r -> r.id() == review.id())
            .findFirst()
            .orElseThrow());
    _setValue(view.outcome, DisputeOutcome.ACCEPTED);
    _setValue(view.ratingFields.get(custom.id()), custom.scale().points());
    _click(view.resolve);
    assertThat(view.reason.isInvalid()).isTrue();
    _setValue(view.reason, "Agreed: it was resolved");
    _click(view.resolve);

    ReviewDetails resolved = reviews.find(review.id(), viewerOf(agent));
    assertThat(resolved.status()).isEqualTo(ReviewStatus.RESOLVED);
    assertThat(resolved.resolution()).isEqualTo(DisputeOutcome.ACCEPTED);
    assertThat(resolved.score()).isEqualTo(100.0);
    assertThat(resolved.originalScore()).isLessThan(100.0);
  }
}
