package com.replycraft.app.review;

import com.replycraft.app.conversation.ConversationService;
import com.replycraft.app.demo.DemoDataLoader;
import com.replycraft.app.review.scorecard.Rating;
import com.replycraft.app.review.scorecard.ScorecardCategory;
import com.replycraft.app.security.UserService;
import com.replycraft.app.security.UserSummary;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two submitted reviews of demo threads answered by the demo agent's linked ids, one of them
 * disputed, so the review, reviews and disputes screens have something to show. Runs after the demo
 * threads and agent links; skips a conversation that already has a review.
 */
@Component
@Order(40)
class DemoReviews implements DemoDataLoader {

  private final ReviewService reviews;
  private final ConversationService conversations;
  private final UserService users;

  DemoReviews(ReviewService reviews, ConversationService conversations, UserService users) {
    this.reviews = reviews;
    this.conversations = conversations;
    this.users = users;
  }

  @Override
  public void load() {
    Optional<UserSummary> reviewer = users.find("reviewer");
    Optional<UserSummary> agent = users.find("agent");
    if (reviewer.isEmpty() || agent.isEmpty()) {
      return;
    }
    Viewer qa = Viewer.user(reviewer.get().id(), reviewer.get().username(), reviewer.get().roles());
    review(
        "demo-telco-billing-third-time",
        qa,
        "The customer wrote three times; the reply promises nothing concrete. Give the billing"
            + " team's answer or a date.");
    review(
            "demo-bank-business-transfer-held",
            qa,
            "Correct on the compliance hold, but no time frame and no call offered for a held"
                + " business payment.")
        .ifPresent(
            id ->
                reviews.dispute(
                    id,
                    "Compliance does not let us give a time frame for held payments; I said we"
                        + " would update shortly.",
                    Viewer.user(agent.get().id(), agent.get().username(), agent.get().roles())));
  }

  /** Submits a review of the demo thread with the pre-filled ratings; empty when already there. */
  private Optional<Long> review(String externalId, Viewer qa, String comment) {
    Optional<Long> conversation = conversations.idOfExternal(externalId);
    if (conversation.isEmpty() || reviews.reviewOf(conversation.get()).isPresent()) {
      return Optional.empty();
    }
    ReviewSheet sheet = reviews.sheet(conversation.get(), qa).orElseThrow();
    Map<Long, Rating> ratings = new HashMap<>(sheet.ratings());
    for (ScorecardCategory c : sheet.scorecard().categories()) {
      // Custom categories: a middling resolution, compliance and escalation judged as met.
      ratings.computeIfAbsent(
          c.id(),
          id ->
              c.naAllowed() && c.dimension() != null
                  ? Rating.NOT_APPLICABLE
                  : Rating.of(
                      c.critical() ? c.scale().points() : Math.max(1, c.scale().points() - 2)));
    }
    ReviewForm form = new ReviewForm(null, ratings, Map.of(), comment);
    return Optional.of(reviews.save(conversation.get(), form, true, qa).id());
  }
}
