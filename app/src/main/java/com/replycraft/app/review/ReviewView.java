package com.replycraft.app.review;

import com.replycraft.app.conversation.ThreadMessage;
import com.replycraft.app.conversation.ThreadSnapshot;
import com.replycraft.app.review.scorecard.Rating;
import com.replycraft.app.review.scorecard.ReviewScore;
import com.replycraft.app.review.scorecard.ScoreCalculator;
import com.replycraft.app.review.scorecard.ScorecardCategory;
import com.replycraft.app.security.Role;
import com.replycraft.app.ui.HighlightedText;
import com.replycraft.scoring.Finding;
import com.replycraft.scoring.escalation.EscalationAdvice;
import com.replycraft.scoring.escalation.Recommendation;
import com.replycraft.scoring.thread.Author;
import com.replycraft.templates.WaitWords;
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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The QA review of one conversation: the transcript with each audited message's auto-QA findings
 * highlighted, the thread's findings and escalation advice, and the scorecard, pre-filled from the
 * auto scores. Saving from a stale form keeps everything typed and says so.
 */
@Route("review/:conversationId")
@PageTitle("Review")
@RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
public class ReviewView extends Div implements BeforeEnterObserver {

  private final ReviewService reviews;
  private final CurrentViewer viewer;

  final Div transcript = new Div();
  final Div form = new Div();
  final Div notice = new Div();
  final Span scoreValue = new Span("–");
  final Map<Long, RadioButtonGroup<Integer>> ratingFields = new LinkedHashMap<>();
  final Map<Integer, TextArea> commentFields = new LinkedHashMap<>();
  final TextArea overall = new TextArea("Overall comment");
  final Button saveDraft = new Button("Save draft", VaadinIcon.DISC.create());
  final Button submit = new Button("Submit", VaadinIcon.CHECK.create());
  final Button reload = new Button("Reload", VaadinIcon.REFRESH.create());

  @Nullable ReviewSheet sheet;
  long conversationId;
  @Nullable Long version;

  ReviewView(ReviewService reviews, CurrentViewer viewer) {
    this.reviews = reviews;
    this.viewer = viewer;
    addClassName("rc-review");
    transcript.addClassName("rc-review-transcript");
    form.addClassName("rc-review-form");
    notice.setId("review-notice");
    notice.addClassName("rc-review-notice");
    notice.setVisible(false);
    saveDraft.setId("save-draft");
    submit.setId("submit-review");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    saveDraft.addClickListener(e -> save(false));
    submit.addClickListener(e -> save(true));
    reload.setId("reload-review");
    reload.addClickListener(e -> load(conversationId));
    overall.setId("overall-comment");
    overall.setWidthFull();
    overall.setMaxLength(4000);
    add(transcript, form);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    try {
      load(Long.parseLong(event.getRouteParameters().get("conversationId").orElse("")));
    } catch (NumberFormatException e) {
      showMissing();
    }
  }

  void load(long id) {
    this.conversationId = id;
    notice.setVisible(false);
    ReviewSheet found = reviews.sheet(id, viewer.get()).orElse(null);
    if (found == null) {
      showMissing();
      return;
    }
    this.sheet = found;
    this.version = found.review() == null ? null : found.review().version();
    renderTranscript(found);
    renderForm(found);
  }

  private void showMissing() {
    transcript.removeAll();
    form.removeAll();
    transcript.add(
        new H2("No such conversation"),
        new Paragraph("Pick a conversation from the review queue."),
        new com.vaadin.flow.component.html.Anchor("review-queue", "Review queue"));
  }

  // ---- transcript -----------------------------------------------------------------------------

  private void renderTranscript(ReviewSheet s) {
    transcript.removeAll();
    ThreadSnapshot t = s.thread();
    H2 title =
        new H2(t.subject() == null || t.subject().isBlank() ? t.customerLabel() : t.subject());
    Div meta =
        new Div(
            new Span(t.customerLabel()),
            ReviewLabels.badge(t.channel().name().replace('_', ' ').toLowerCase(), "contrast"),
            new Span("Reviewed agent: " + s.agentName()));
    meta.addClassName("rc-badges");
    transcript.add(title, meta, autoQa(s));
    Div timeline = new Div();
    timeline.setId("timeline");
    timeline.addClassName("rc-timeline");
    Map<Integer, String> comments = s.review() == null ? Map.of() : s.review().messageComments();
    commentFields.clear();
    ThreadMessage previous = null;
    for (ThreadMessage m : t.messages()) {
      if (previous != null) {
        Duration gap = Duration.between(previous.sentAt(), m.sentAt());
        if (gap.toMinutes() >= 1) {
          Div separator = new Div(new Span(WaitWords.of(gap) + " later"));
          separator.addClassName("rc-gap");
          timeline.add(separator);
        }
      }
      timeline.add(
          turn(
              t,
              m,
              s.findingsByPosition().getOrDefault(m.position(), List.of()),
              s.scoresByPosition().get(m.position()),
              comments));
      previous = m;
    }
    transcript.add(timeline);
  }

  private Component autoQa(ReviewSheet s) {
    Div box = new Div();
    box.setId("thread-auto-qa");
    box.addClassName("rc-review-autoqa");
    EscalationAdvice advice = s.escalation();
    if (advice != null) {
      Span rec =
          ReviewLabels.badge(
              switch (advice.recommendation()) {
                case STAY_ASYNC -> "Escalation: stay async";
                case OFFER_SYNC -> "Escalation: offer a call or chat";
                case ESCALATE_NOW -> "Escalation: escalate now";
              },
              advice.recommendation() == Recommendation.STAY_ASYNC ? "success" : "error");
      rec.setId("escalation-advice");
      box.add(rec);
      advice.reasons().forEach(r -> box.add(ReviewLabels.badge(r.code().name(), "contrast")));
    }
    for (Finding f : s.threadFindings()) {
      Div line =
          new Div(ReviewLabels.severity(f), new Span(" " + f.code().name() + ": " + f.message()));
      line.addClassName("rc-thread-finding");
      box.add(line);
    }
    if (advice == null && s.threadFindings().isEmpty()) {
      box.add(new Span("No thread-level auto-QA findings."));
    }
    return box;
  }

  private Component turn(
      ThreadSnapshot t,
      ThreadMessage m,
      List<Finding> findings,
      com.replycraft.scoring.@Nullable Scores scores,
      Map<Integer, String> comments) {
    String who =
        switch (m.author()) {
          case CUSTOMER -> t.customerLabel();
          case BOT -> "Bot";
          case AGENT -> m.agentId() == null ? "Agent" : "Agent · " + m.agentId();
        };
    Span author = new Span(who);
    author.addClassName("rc-turn-author");
    Span when = new Span(ReviewLabels.TIME.format(m.sentAt()));
    when.addClassName("rc-turn-time");
    Div head = new Div(author, when);
    head.addClassName("rc-turn-head");
    if (scores != null) {
      head.add(ReviewLabels.badge("auto " + scores.overall(), "contrast"));
    }
    Div turn = new Div(head);
    turn.setId("turn-" + m.position());
    turn.addClassNames("rc-turn", "rc-turn-" + m.author().name().toLowerCase());
    if (m.author() == Author.CUSTOMER) {
      Div text = new Div();
      text.setText(m.text());
      text.addClassName("rc-turn-text");
      turn.add(text);
      return turn;
    }
    HighlightedText text = new HighlightedText(m.text(), findings);
    text.addClassName("rc-turn-text");
    turn.add(text);
    for (Finding f : findings) {
      Div line = new Div(ReviewLabels.severity(f), new Span(" " + f.message()));
      line.addClassNames("rc-review-finding", "rc-sev-" + f.severity().name().toLowerCase());
      line.getElement().setAttribute("data-code", f.code().name());
      turn.add(line);
    }
    TextArea comment = new TextArea();
    comment.setPlaceholder("Comment on this message (optional)");
    comment.setId("comment-" + m.position());
    comment.setWidthFull();
    comment.setMaxLength(4000);
    comment.setValue(comments.getOrDefault(m.position(), ""));
    commentFields.put(m.position(), comment);
    turn.add(comment);
    return turn;
  }

  // ---- scorecard ------------------------------------------------------------------------------

  private void renderForm(ReviewSheet s) {
    form.removeAll();
    ratingFields.clear();
    ReviewDetails review = s.review();
    H4 title = new H4(s.scorecard().label());
    Div status =
        new Div(
            review == null
                ? ReviewLabels.badge("New review", "contrast")
                : ReviewLabels.status(review.status()));
    if (review != null && review.status() != ReviewStatus.DRAFT) {
      status.add(
          new RouterLink(
              "Open the submitted review",
              ReviewDetailView.class,
              new RouteParameters("reviewId", String.valueOf(review.id()))));
    }
    Div score = new Div(new Span("Score "), scoreValue);
    score.addClassName("rc-review-score");
    scoreValue.setId("review-score");
    form.add(notice, title, status, score);
    for (ScorecardCategory c : s.scorecard().categories()) {
      form.add(categoryField(c, s.ratings().get(c.id())));
    }
    overall.setValue(
        review == null || review.overallComment() == null ? "" : review.overallComment());
    Div buttons = new Div(saveDraft, submit);
    buttons.addClassName("rc-review-buttons");
    form.add(overall, buttons);
    boolean editable = review == null || review.status() == ReviewStatus.DRAFT;
    ratingFields.values().forEach(f -> f.setReadOnly(!editable));
    commentFields.values().forEach(f -> f.setReadOnly(!editable));
    overall.setReadOnly(!editable);
    saveDraft.setEnabled(editable);
    submit.setEnabled(editable);
    updateScore();
  }

  private Component categoryField(ScorecardCategory c, @Nullable Rating rating) {
    RadioButtonGroup<Integer> field = new RadioButtonGroup<>();
    field.setId("rating-" + c.position());
    field.setLabel(c.name());
    field.setHelperText(
        ReviewLabels.dimension(c.dimension())
            + " · weight "
            + c.weight()
            + " · "
            + c.scale().label()
            + (c.critical() ? " · critical: failing it makes the score 0" : ""));
    List<Integer> items = new ArrayList<>(c.scale().allPoints());
    if (c.naAllowed()) {
      items.add(ReviewLabels.NA);
    }
    field.setItems(items);
    field.setItemLabelGenerator(p -> ReviewLabels.point(c.scale(), p));
    if (rating != null) {
      field.setValue(rating.point() == null ? ReviewLabels.NA : rating.point());
    }
    field.addValueChangeListener(
        e -> {
          field.setInvalid(false);
          updateScore();
        });
    ratingFields.put(c.id(), field);
    Div wrapper = new Div(field);
    wrapper.addClassName("rc-review-category");
    if (c.critical()) {
      wrapper.addClassName("rc-critical");
    }
    return wrapper;
  }

  Map<Long, Rating> ratings() {
    Map<Long, Rating> out = new HashMap<>();
    ratingFields.forEach(
        (id, field) -> {
          Integer v = field.getValue();
          if (v != null) {
            out.put(id, v == ReviewLabels.NA ? Rating.NOT_APPLICABLE : Rating.of(v));
          }
        });
    return out;
  }

  private void updateScore() {
    if (sheet == null) {
      return;
    }
    ReviewScore score = ScoreCalculator.score(sheet.scorecard().categories(), ratings());
    scoreValue.setText(score.describe());
  }

  void save(boolean andSubmit) {
    Map<Integer, String> comments = new HashMap<>();
    commentFields.forEach((position, field) -> comments.put(position, field.getValue()));
    ratingFields.values().forEach(f -> f.setInvalid(false));
    ReviewForm typed = new ReviewForm(version, ratings(), comments, overall.getValue());
    try {
      ReviewDetails saved = reviews.save(conversationId, typed, andSubmit, viewer.get());
      version = saved.version();
      notice.setVisible(false);
      Notification.show(andSubmit ? "Review submitted: the agent can read it now" : "Draft saved")
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      if (andSubmit) {
        load(conversationId);
      }
    } catch (StaleReviewException stale) {
      // Keep every field as typed: the reviewer copies what they need, then reloads.
      notice.removeAll();
      notice.add(
          new Span(
              "Someone else changed this review — reload. Your ratings and comments are still here until you do."),
          reload);
      notice.addClassName("rc-review-conflict");
      notice.setVisible(true);
    } catch (InvalidRatingException invalid) {
      RadioButtonGroup<Integer> field = ratingFields.get(invalid.categoryId());
      if (field != null) {
        field.setErrorMessage(invalid.getMessage());
        field.setInvalid(true);
      }
      Notification.show(invalid.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
    } catch (ReviewTransitionException refused) {
      Notification.show(refused.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
  }
}
