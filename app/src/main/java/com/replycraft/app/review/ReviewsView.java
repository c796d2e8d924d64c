package com.replycraft.app.review;

import com.replycraft.app.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Reviews: an agent sees their own submitted reviews; reviewers and admins see every review, with
 * filters. Opening a row reads the review.
 */
@Route("reviews")
@PageTitle("Reviews")
@Menu(order = 42, title = "Reviews", icon = "vaadin:clipboard-check")
@RolesAllowed({Role.AGENT_NAME, Role.REVIEWER_NAME, Role.ADMIN_NAME})
public class ReviewsView extends Div {

  private final ReviewService reviews;
  private final Viewer me;

  final Select<ReviewStatus> status = new Select<>();
  final TextField agentId = new TextField("Agent id");
  final TextField reviewer = new TextField("Reviewer");
  final Grid<ReviewRow> grid = new Grid<>(ReviewRow.class, false);
  final Paragraph empty = new Paragraph();

  ReviewsView(ReviewService reviews, CurrentViewer viewer) {
    this.reviews = reviews;
    this.me = viewer.get();
    addClassName("rc-reviews");
    add(new H2(me.reviewer() ? "Reviews" : "My reviews"));
    if (me.reviewer()) {
      add(filters());
    }
    grid.setId("reviews-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    grid.addColumn(ReviewRow::id).setHeader("#").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(ReviewRow::agentName).setHeader("Agent").setAutoWidth(true);
    grid.addColumn(ReviewRow::reviewer).setHeader("Reviewer").setAutoWidth(true);
    grid.addComponentColumn(r -> ReviewLabels.status(r.status()))
        .setHeader("Status")
        .setAutoWidth(true);
    grid.addColumn(ReviewRow::score).setHeader("Score").setAutoWidth(true);
    grid.addColumn(r -> ReviewLabels.TIME.format(r.updatedAt()))
        .setHeader("Updated")
        .setAutoWidth(true);
    grid.addItemClickListener(e -> UI.getCurrent().navigate("reviews/" + e.getItem().id()));
    grid.setHeight("32rem");
    empty.setId("reviews-empty");
    empty.addClassName("rc-empty-state");
    add(grid, empty);
    refresh();
  }

  private Div filters() {
    status.setLabel("Status");
    status.setItems(ReviewStatus.values());
    status.setItemLabelGenerator(s -> s == null ? "Any" : s.label());
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption("Any");
    status.addValueChangeListener(e -> refresh());
    for (TextField f : new TextField[] {agentId, reviewer}) {
      f.setClearButtonVisible(true);
      f.setValueChangeMode(ValueChangeMode.LAZY);
      f.addValueChangeListener(e -> refresh());
    }
    Div bar = new Div(status, agentId, reviewer);
    bar.addClassName("rc-filters");
    return bar;
  }

  ReviewFilter filter() {
    return new ReviewFilter(
        status.getValue(), blankToNull(agentId.getValue()), blankToNull(reviewer.getValue()));
  }

  void refresh() {
    ReviewFilter filter = filter();
    grid.setItems(
        query -> reviews.list(me, filter, query.getOffset(), query.getLimit()).stream(),
        query -> (int) Math.min(Integer.MAX_VALUE, reviews.count(me, filter)));
    boolean none = reviews.count(me, filter) == 0;
    empty.setVisible(none);
    empty.setText(
        me.reviewer()
            ? "No reviews match. Open a conversation from the review queue to start one."
            : "No reviews of your work yet. When QA submits one, it appears here.");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
