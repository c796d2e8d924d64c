package com.replycraft.app.review;

import com.replycraft.app.conversation.ThreadMessage;
import com.replycraft.app.conversation.ThreadSnapshot;
import com.replycraft.app.review.scorecard.ScorecardCategory;
import com.replycraft.app.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * One review as its agent (or a reviewer) reads it: ratings, comments, score, and the dispute and
 * its outcome. The agent it reaches acknowledges it or disputes it with a comment. Another agent
 * opening it by URL sees that access is denied, never the review.
 */
@Route("reviews/:reviewId")
@PageTitle("Review")
@RolesAllowed({Role.AGENT_NAME, Role.REVIEWER_NAME, Role.ADMIN_NAME})
public class ReviewDetailView extends Div implements BeforeEnterObserver {

  private final ReviewService reviews;
  private final CurrentViewer viewer;

  final Div actions = new Div();
  final Button acknowledge = new Button("Acknowledge", VaadinIcon.CHECK.create());
  final Button dispute = new Button("Dispute", VaadinIcon.FLAG.create());
  final TextArea disputeComment = new TextArea("What do you dispute, and why?");
  final Button sendDispute = new Button("Send dispute", VaadinIcon.PAPERPLANE.create());

  @Nullable ReviewDetails review;
  long reviewId;

  ReviewDetailView(ReviewService reviews, CurrentViewer viewer) {
    this.reviews = reviews;
    this.viewer = viewer;
    addClassName("rc-review-detail");
    acknowledge.setId("acknowledge");
    acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    acknowledge.addClickListener(e -> acknowledge());
    dispute.setId("dispute");
    dispute.addClickListener(
        e -> {
          disputeComment.setVisible(true);
          sendDispute.setVisible(true);
          disputeComment.focus();
        });
    disputeComment.setId("dispute-comment");
    disputeComment.setWidthFull();
    disputeComment.setMaxLength(4000);
    disputeComment.setVisible(false);
    sendDispute.setId("send-dispute");
    sendDispute.addThemeVariants(ButtonVariant.LUMO_ERROR);
    sendDispute.setVisible(false);
    sendDispute.addClickListener(e -> sendDispute());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    try {
      load(Long.parseLong(event.getRouteParameters().get("reviewId").orElse("")));
    } catch (NumberFormatException e) {
      message("No such review", "Pick a review from your list.");
    }
  }

  void load(long id) {
    this.reviewId = id;
    removeAll();
    try {
      Viewer me = viewer.get();
      ReviewDetails found = reviews.find(id, me);
      this.review = found;
      render(found, reviews.transcript(id, me), reviews.isReviewedAgent(id, me));
    } catch (ReviewAccessDeniedException denied) {
      this.review = null;
      Div box =
          message(
              "Access denied",
              "This review belongs to another agent: only they and QA reviewers can read it.");
      box.setId("access-denied");
    } catch (NoSuchElementException missing) {
      this.review = null;
      message("No such review", "Pick a review from your list.");
    }
  }

  private Div message(String title, String text) {
    removeAll();
    Div box =
        new Div(new H2(title), new Paragraph(text), new RouterLink("Reviews", ReviewsView.class));
    box.addClassName("rc-empty-state");
    add(box);
    return box;
  }

  private void render(ReviewDetails r, ThreadSnapshot thread, boolean reviewedAgent) {
    H2 title =
        new H2(
            "Review of " + (thread.subject() == null ? thread.customerLabel() : thread.subject()));
    Span score = new Span(r.scoreText());
    score.setId("detail-score");
    score.addClassName("rc-review-score-value");
    Div head =
        new Div(
            ReviewLabels.status(r.status()),
            new Span(" Score "),
            score,
            new Span(
                " · "
                    + r.scorecard().label()
                    + " · by "
                    + r.reviewer()
                    + " · for "
                    + r.agentName()));
    head.addClassName("rc-review-head");
    add(title, head);
    if (r.originalScore() != null) {
      add(
          new Paragraph(
              "Score changed after the dispute: was "
                  + ReviewDetails.scoreText(r.originalScore(), false)
                  + "."));
    }
    add(ratings(r));
    if (r.overallComment() != null) {
      Paragraph overall = new Paragraph(r.overallComment());
      overall.setId("detail-overall");
      add(new H4("Overall comment"), overall);
    }
    Div comments = new Div();
    comments.setId("detail-comments");
    for (ThreadMessage m : thread.messages()) {
      String comment = r.messageComments().get(m.position());
      if (comment != null) {
        Div quote = new Div();
        quote.setText(m.text());
        quote.addClassName("rc-turn-text");
        Div entry = new Div(quote, new Paragraph("Reviewer: " + comment));
        entry.addClassNames("rc-turn", "rc-turn-" + m.author().name().toLowerCase());
        comments.add(entry);
      }
    }
    if (comments.getComponentCount() > 0) {
      add(new H4("Comments on messages"), comments);
    }
    if (r.disputeComment() != null) {
      Paragraph disputeText = new Paragraph(r.disputeComment());
      disputeText.setId("detail-dispute");
      add(new H4("Dispute"), disputeText);
    }
    if (r.resolution() != null) {
      Div outcome =
          new Div(
              ReviewLabels.badge(
                  r.resolution().label(),
                  r.resolution() == DisputeOutcome.REJECTED ? "error" : "success"),
              new Span(" " + r.resolutionReason() + " — " + r.resolvedBy()));
      outcome.setId("detail-outcome");
      add(new H4("Outcome"), outcome);
    }
    actions.removeAll();
    if (reviewedAgent && r.status() == ReviewStatus.SUBMITTED) {
      disputeComment.clear();
      disputeComment.setInvalid(false);
      disputeComment.setVisible(false);
      sendDispute.setVisible(false);
      actions.add(new Div(acknowledge, dispute), disputeComment, sendDispute);
      add(actions);
    }
  }

  private Component ratings(ReviewDetails r) {
    Div list = new Div();
    list.setId("detail-ratings");
    list.addClassName("rc-review-ratings");
    for (ScorecardCategory c : r.scorecard().categories()) {
      Span name = new Span(c.name() + (c.critical() ? " (critical)" : ""));
      Span value = new Span(ReviewLabels.rating(c, r.ratings().get(c.id())));
      value.addClassName("rc-rating-value");
      Div row = new Div(name, value);
      row.addClassName("rc-rating-row");
      if (r.ratings().get(c.id()) != null && c.failedBy(r.ratings().get(c.id()))) {
        row.addClassName("rc-critical-failed");
      }
      list.add(row);
    }
    return list;
  }

  void acknowledge() {
    try {
      reviews.acknowledge(reviewId, viewer.get());
      Notification.show("Acknowledged").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      load(reviewId);
    } catch (ReviewTransitionException refused) {
      Notification.show(refused.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
  }

  void sendDispute() {
    try {
      reviews.dispute(reviewId, disputeComment.getValue(), viewer.get());
      Notification.show("Dispute sent to QA").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      load(reviewId);
    } catch (ReviewTransitionException refused) {
      disputeComment.setErrorMessage(refused.getMessage());
      disputeComment.setInvalid(true);
    }
  }
}
