package com.replycraft.app.review.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.replycraft.app.ReplyCraftTest;
import com.replycraft.app.conversation.ConversationService;
import com.replycraft.app.review.AutoDimensionScores;
import com.replycraft.app.review.ReviewFixtures;
import com.replycraft.app.review.queue.QueueFilter;
import com.replycraft.app.review.scorecard.CategoryDraft;
import com.replycraft.app.review.scorecard.Rating;
import com.replycraft.app.review.scorecard.RatingScale;
import com.replycraft.app.review.scorecard.ScorecardCategory;
import com.replycraft.app.review.scorecard.ScorecardService;
import com.replycraft.app.review.scorecard.ScorecardVersion;
import com.replycraft.app.security.NewUser;
import com.replycraft.app.security.Role;
import com.replycraft.app.security.UserService;
import com.replycraft.scoring.Dimension;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ReplyCraftTest
class CalibrationServiceTest {

  @Autowired CalibrationService calibration;
  @Autowired ScorecardService scorecards;
  @Autowired ConversationService conversations;
  @Autowired UserService users;
  @Autowired ReviewFixtures fixtures;
  @Autowired AutoDimensionScores autoScores;

  private ScorecardVersion card;
  private ScorecardCategory tone;
  private ScorecardCategory compliance;
  private String ann;
  private String bob;
  private List<Long> threads;
  private String agentId;

  @BeforeEach
  void setUp() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    card =
        scorecards.create(
            "Calibration test " + suffix,
            List.of(
                new CategoryDraft("Tone", Dimension.TONE, 50, RatingScale.FIVE_POINT, false, false),
                new CategoryDraft("Compliance", null, 50, RatingScale.BINARY, true, true)),
            "test");
    tone = card.categories().get(0);
    compliance = card.categories().get(1);
    ann = reviewer("ann-" + suffix);
    bob = reviewer("bob-" + suffix);
    agentId = "agent-" + suffix;
    threads =
        List.of(
            fixtures.conversationAnsweredBy(agentId),
            fixtures.conversationAnsweredBy(agentId),
            fixtures.conversationAnsweredBy(agentId));
  }

  private String reviewer(String name) {
    return users
        .create(new NewUser(name, "Reviewer " + name, Set.of(Role.REVIEWER), "reviewer-password"))
        .username();
  }

  private long newSession() {
    return calibration.create(
        new NewSession("Week 48", card.scorecardId(), threads, Set.of(ann, bob)), ann);
  }

  /** Rates every conversation: Tone as given per conversation, Compliance "yes" throughout. */
  private void rateAll(long session, String reviewer, int... tonePoints) {
    for (int i = 0; i < threads.size(); i++) {
      calibration.rate(session, reviewer, threads.get(i), tone.id(), Rating.of(tonePoints[i]));
      calibration.rate(session, reviewer, threads.get(i), compliance.id(), Rating.of(2));
    }
  }

  @Test
  void a_reviewer_sees_only_their_own_ratings_and_no_results_before_submitting() {
    long session = newSession();
    rateAll(session, ann, 5, 3, 1);
    rateAll(session, bob, 5, 3, 2);

    assertThat(calibration.ownRatings(session, ann).get(threads.get(2)).get(tone.id()))
        .isEqualTo(Rating.of(1));
    assertThat(calibration.ownRatings(session, bob).get(threads.get(2)).get(tone.id()))
        .isEqualTo(Rating.of(2));
    assertThat(calibration.mayViewResults(session, ann)).isFalse();
    assertThat(calibration.results(session, ann)).isEmpty();
    // Progress shows how many ratings are in, never what they are.
    assertThat(calibration.session(session).participant(bob).rated()).isEqualTo(6);
  }

  @Test
  void a_reviewer_who_submitted_sees_the_results_of_those_who_submitted_and_rates_no_more() {
    long session = newSession();
    rateAll(session, ann, 5, 3, 1);
    rateAll(session, bob, 5, 3, 2);

    calibration.submit(session, ann);

    SessionResults results = calibration.results(session, ann).orElseThrow();
    assertThat(results.reviewers()).containsExactly(ann);
    assertThat(calibration.results(session, bob)).isEmpty();
    assertThatThrownBy(
            () -> calibration.rate(session, ann, threads.get(0), tone.id(), Rating.of(1)))
        .isInstanceOf(CalibrationException.class)
        .hasMessageContaining("final");
  }

  @Test
  void submitting_with_ratings_missing_says_how_many() {
    long session = newSession();
    calibration.rate(session, ann, threads.get(0), tone.id(), Rating.of(4));

    assertThatThrownBy(() -> calibration.submit(session, ann))
        .isInstanceOf(CalibrationException.class)
        .hasMessage("5 ratings are still missing");
  }

  @Test
  void results_show_agreement_per_category_and_the_widest_spread_first() {
    long session = newSession();
    rateAll(session, ann, 5, 3, 1);
    rateAll(session, bob, 5, 3, 2);
    calibration.submit(session, ann);
    calibration.submit(session, bob);

    SessionResults results = calibration.results(session, bob).orElseThrow();

    CategoryResult toneResult = results.categories().get(0);
    assertThat(toneResult.metric()).isEqualTo(Metric.INTERVAL);
    assertThat(toneResult.percentAgreement()).isCloseTo(2.0 / 3.0, within(1e-9));
    // Values 5,5 / 3,3 / 1,2 (mean 19/6, squared deviations 77/6): Do = 2·1²/6 = 1/3,
    // De = Σ over ordered pairs (a − b)² / (n(n − 1)) = 2·6·(77/6) / 30 = 154/30, alpha = 72/77.
    assertThat(toneResult.alpha().value()).isCloseTo(72.0 / 77.0, within(1e-9));
    CategoryResult complianceResult = results.categories().get(1);
    assertThat(complianceResult.metric()).isEqualTo(Metric.NOMINAL);
    assertThat(complianceResult.percentAgreement()).isEqualTo(1.0);
    assertThat(complianceResult.alpha().defined()).isFalse();
    assertThat(complianceResult.autoAlpha()).isNull();
    assertThat(results.spreads().get(0).conversationId()).isEqualTo(threads.get(2));
    assertThat(results.spreads().get(0).ranges()).containsExactly("Tone: 1–2 of 5");
    assertThat(results.spreads().get(1).spread()).isZero();
  }

  @Test
  void auto_qa_agreement_compares_the_auto_rating_with_each_reviewer() {
    int auto =
        tone.suggestedBy(
                autoScores.of(conversations.find(threads.get(0)).orElseThrow()).get(Dimension.TONE))
            .point();
    int other = auto == 5 ? 1 : 5;
    long session = newSession();
    // The fixture conversations are alike, so the auto-QA rates all three the same.
    rateAll(session, ann, auto, auto, auto);
    rateAll(session, bob, other, other, other);
    calibration.submit(session, ann);
    calibration.submit(session, bob);

    CategoryResult toneResult = calibration.results(session, ann).orElseThrow().categories().get(0);

    assertThat(toneResult.autoPercentAgreement()).isEqualTo(0.5);
    assertThat(toneResult.autoAlpha()).isNotNull();
  }

  @Test
  void closing_opens_the_results_to_everyone_and_ends_rating() {
    long session = newSession();
    rateAll(session, ann, 5, 3, 1);
    calibration.submit(session, ann);

    assertThatThrownBy(() -> calibration.close(session, bob, false))
        .isInstanceOf(CalibrationException.class);
    calibration.close(session, ann, false);

    assertThat(calibration.results(session, bob)).isPresent();
    assertThat(calibration.results(session, "someone-else")).isPresent();
    assertThatThrownBy(
            () -> calibration.rate(session, bob, threads.get(0), tone.id(), Rating.of(3)))
        .isInstanceOf(CalibrationException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void ratings_must_fit_the_category() {
    long session = newSession();
    assertThatThrownBy(
            () -> calibration.rate(session, ann, threads.get(0), tone.id(), Rating.NOT_APPLICABLE))
        .hasMessageContaining("cannot be marked N/A");
    assertThatThrownBy(
            () -> calibration.rate(session, ann, threads.get(0), compliance.id(), Rating.of(3)))
        .hasMessageContaining("rated 1 to 2");
    calibration.rate(session, ann, threads.get(0), compliance.id(), Rating.NOT_APPLICABLE);
    assertThatThrownBy(
            () -> calibration.rate(session, "stranger", threads.get(0), tone.id(), Rating.of(3)))
        .hasMessageContaining("not invited");
  }

  @Test
  void a_session_needs_two_reviewers_who_are_reviewers() {
    assertThatThrownBy(
            () ->
                calibration.create(
                    new NewSession("Solo", card.scorecardId(), threads, Set.of(ann)), ann))
        .isInstanceOf(ConstraintViolationException.class)
        .hasMessageContaining("at least two reviewers");
    assertThatThrownBy(
            () ->
                calibration.create(
                    new NewSession("Mixed", card.scorecardId(), threads, Set.of(ann, "agent")),
                    ann))
        .isInstanceOf(CalibrationException.class)
        .hasMessageContaining("agent");
  }

  @Test
  void conversations_are_named_by_external_or_internal_id_and_unknown_ids_are_reported() {
    String external = conversations.find(threads.get(0)).orElseThrow().externalId();
    assertThat(calibration.conversationsNamed(external + ", " + threads.get(1) + "\n" + external))
        .containsExactly(threads.get(0), threads.get(1));
    assertThatThrownBy(() -> calibration.conversationsNamed("nope-1 " + threads.get(2) + " nope-2"))
        .hasMessage("No conversation with id nope-1, nope-2");
  }

  @Test
  void the_riskiest_conversations_come_from_the_review_queue_and_its_filters() {
    QueueFilter answeredByAgent =
        new QueueFilter(null, agentId, null, null, null, null, Set.of(), false, null);

    assertThat(calibration.riskiest(answeredByAgent, 10))
        .containsExactlyInAnyOrderElementsOf(threads);
    assertThat(calibration.riskiest(answeredByAgent, 2)).hasSize(2).isSubsetOf(threads);
  }

  @Test
  void the_results_table_exports_as_csv() {
    long session = newSession();
    rateAll(session, ann, 5, 3, 1);
    rateAll(session, bob, 5, 3, 2);
    calibration.submit(session, ann);
    calibration.submit(session, bob);

    String csv = calibration.results(session, ann).orElseThrow().csv();

    assertThat(csv.lines().toList())
        .hasSize(3)
        .first()
        .asString()
        .startsWith("category,dimension,scale,metric,reviewers,percent_agreement,alpha");
    assertThat(csv).contains("Tone,TONE,5-point,interval,2,67%,0.935,Reliable");
  }
}
