package com.replycraft.app.review;

import com.replycraft.app.review.scorecard.Rating;
import com.replycraft.app.review.scorecard.ScorecardCategory;
import com.replycraft.app.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Open disputes: a reviewer reads the agent's comment and resolves it (accepted, partially accepted
 * or rejected) with a reason; accepting may adjust the ratings, which gives a new score.
 */
@Route("disputes")
@PageTitle("Disputes")
@Menu(order = 43, title = "Disputes", icon = "vaadin:flag")
@RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
public class DisputesView extends Div {

  private static final ReviewFilter OPEN = new ReviewFilter(ReviewStatus.DISPUTED, null, null);

  private final ReviewService reviews;
  private final Viewer me;

  final Grid<ReviewRow> grid = new Grid<>(ReviewRow.class, false);
  final Paragraph empty =
      new Paragraph("No open disputes. When an agent disputes a review, it appears here.");
  final Div panel = new Div();
  final Select<DisputeOutcome> outcome = new Select<>();
  final TextArea reason = new TextArea("Reason (the agent reads it)");
  final Button resolve = new Button("Resolve", VaadinIcon.GAVEL.create());
  final Map<Long, RadioButtonGroup<Integer>> ratingFields = new LinkedHashMap<>();

  @Nullable ReviewDetails selected;

  DisputesView(ReviewService reviews, CurrentViewer viewer) {
    this.reviews = reviews;
    this.me = viewer.get();
    addClassName("rc-disputes");
    grid.setId("disputes-grid");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(ReviewRow::id).setHeader("#").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(ReviewRow::agentName).setHeader("Agent").setAutoWidth(true);
    grid.addColumn(ReviewRow::reviewer).setHeader("Reviewer").setAutoWidth(true);
    grid.addColumn(ReviewRow::score).setHeader("Score").setAutoWidth(true);
    grid.addColumn(ReviewRow::disputeComment).setHeader("Dispute").setFlexGrow(1);
    grid.setHeight("16rem");
    grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));
    empty.setId("disputes-empty");
    empty.addClassName("rc-empty-state");
    panel.setId("dispute-panel");
    panel.addClassName("rc-dispute-panel");
    outcome.setId("dispute-outcome");
    outcome.setLabel("Outcome");
    outcome.setItems(DisputeOutcome.values());
    outcome.setItemLabelGenerator(DisputeOutcome::label);
    outcome.addValueChangeListener(
        e -> {
          outcome.setInvalid(false);
          boolean editable = e.getValue() != null && e.getValue().allowsNewRatings();
          ratingFields.values().forEach(f -> f.setReadOnly(!editable));
        });
    reason.setId("dispute-reason");
    reason.setWidthFull();
    reason.setMaxLength(4000);
    resolve.setId("resolve-dispute");
    resolve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    resolve.addClickListener(e -> resolve());
    add(new H2("Open disputes"), grid, empty, panel);
    refresh();
  }

  void refresh() {
    grid.setItems(
        q -> reviews.list(me, OPEN, q.getOffset(), q.getLimit()).stream(),
        q -> (int) Math.min(Integer.MAX_VALUE, reviews.count(me, OPEN)));
    empty.setVisible(reviews.count(me, OPEN) == 0);
    select(null);
  }

  void select(@Nullable ReviewRow row) {
    panel.removeAll();
    ratingFields.clear();
    selected = row == null ? null : reviews.find(row.id(), me);
    ReviewDetails r = selected;
    if (r == null) {
      return;
    }
    panel.add(
        new H4("Review #" + r.id() + " · " + r.agentName() + " · score " + r.scoreText()),
        new Paragraph("Agent: " + r.disputeComment()),
        new RouterLink(
            "Read the full review",
            ReviewDetailView.class,
            new RouteParameters("reviewId", String.valueOf(r.id()))));
    Div ratings = new Div();
    ratings.addClassName("rc-dispute-ratings");
    for (ScorecardCategory c : r.scorecard().categories()) {
      RadioButtonGroup<Integer> field = new RadioButtonGroup<>(c.name());
      field.setId("adjust-" + c.position());
      List<Integer> items = new ArrayList<>(c.scale().allPoints());
      if (c.naAllowed()) {
        items.add(ReviewLabels.NA);
      }
      field.setItems(items);
      field.setItemLabelGenerator(p -> ReviewLabels.point(c.scale(), p));
      Rating rating = r.ratings().get(c.id());
      if (rating != null) {
        field.setValue(rating.point() == null ? ReviewLabels.NA : rating.point());
      }
      field.setReadOnly(true);
      ratingFields.put(c.id(), field);
      ratings.add(field);
    }
    outcome.clear();
    reason.clear();
    reason.setInvalid(false);
    panel.add(
        outcome,
        new Paragraph(
            "Accepting (fully or partly) lets you adjust the ratings below; the score is recalculated."),
        ratings,
        reason,
        resolve);
  }

  void resolve() {
    ReviewDetails r = selected;
    if (r == null) {
      return;
    }
    if (outcome.getValue() == null) {
      outcome.setErrorMessage("Pick an outcome");
      outcome.setInvalid(true);
      return;
    }
    if (reason.getValue().isBlank()) {
      reason.setErrorMessage("Give a reason: the agent reads it");
      reason.setInvalid(true);
      return;
    }
    Map<Long, Rating> adjusted = new HashMap<>();
    ratingFields.forEach(
        (id, f) -> {
          Integer v = f.getValue();
          if (v != null) {
            adjusted.put(id, v == ReviewLabels.NA ? Rating.NOT_APPLICABLE : Rating.of(v));
          }
        });
    try {
      ReviewDetails done =
          reviews.resolve(
              r.id(),
              outcome.getValue(),
              reason.getValue(),
              outcome.getValue().allowsNewRatings() ? adjusted : null,
              me);
      Notification.show(
              "Dispute resolved: " + done.resolution().label() + ", score " + done.scoreText())
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      refresh();
    } catch (ReviewTransitionException | InvalidRatingException refused) {
      Notification.show(refused.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
  }
}
