package com.replycraft.app.review.scorecard;

import com.replycraft.app.security.Role;
import com.replycraft.scoring.Dimension;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Admin: edit a scorecard's categories and publish them as a new version. Reviews made earlier keep
 * the version they were made with; new reviews use the latest.
 */
@Route("admin/scorecards")
@PageTitle("Scorecards")
@Menu(order = 93, title = "Scorecards", icon = "vaadin:list-ol")
@RolesAllowed(Role.ADMIN_NAME)
public class ScorecardsView extends Div {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private final ScorecardService scorecards;
  private final String admin;

  final Select<ScorecardSummary> scorecard = new Select<>();
  final Div rows = new Div();
  final List<CategoryRow> categoryRows = new ArrayList<>();
  final Button add = new Button("Add category", VaadinIcon.PLUS.create());
  final Button publish = new Button("Publish new version", VaadinIcon.UPLOAD.create());
  final Paragraph error = new Paragraph();
  final UnorderedList history = new UnorderedList();

  /** One editable category: package-private fields so tests can type into them. */
  static final class CategoryRow extends Div {
    final TextField name = new TextField("Category");
    final Select<Optional<Dimension>> dimension = new Select<>();
    final IntegerField weight = new IntegerField("Weight");
    final Select<RatingScale> scale = new Select<>();
    final Checkbox naAllowed = new Checkbox("N/A allowed");
    final Checkbox critical = new Checkbox("Critical");
    final Button remove = new Button(VaadinIcon.TRASH.create());

    CategoryRow(CategoryDraft draft) {
      addClassName("rc-scorecard-row");
      name.setValue(draft.name());
      name.setWidth("22rem");
      dimension.setLabel("Dimension");
      List<Optional<Dimension>> dims = new ArrayList<>();
      dims.add(Optional.empty());
      for (Dimension d : Dimension.values()) {
        dims.add(Optional.of(d));
      }
      dimension.setItems(dims);
      dimension.setItemLabelGenerator(
          d ->
              d.map(
                      x ->
                          x.name().charAt(0)
                              + x.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' '))
                  .orElse("Custom"));
      dimension.setValue(Optional.ofNullable(draft.dimension()));
      weight.setMin(1);
      weight.setMax(100);
      weight.setStepButtonsVisible(true);
      weight.setValue(draft.weight());
      weight.setWidth("8rem");
      scale.setLabel("Scale");
      scale.setItems(RatingScale.values());
      scale.setItemLabelGenerator(RatingScale::label);
      scale.setValue(draft.scale());
      naAllowed.setValue(draft.naAllowed());
      critical.setValue(draft.critical());
      remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
      remove.setAriaLabel("Remove category");
      add(name, dimension, weight, scale, naAllowed, critical, remove);
    }

    CategoryDraft draft() {
      Integer w = weight.getValue();
      return new CategoryDraft(
          name.getValue(),
          dimension.getValue() == null ? null : dimension.getValue().orElse(null),
          w == null ? 0 : w,
          scale.getValue() == null ? RatingScale.FIVE_POINT : scale.getValue(),
          naAllowed.getValue(),
          critical.getValue());
    }
  }

  ScorecardsView(ScorecardService scorecards, AuthenticationContext authentication) {
    this.scorecards = scorecards;
    this.admin = authentication.getPrincipalName().orElse("admin");
    addClassName("rc-scorecards");
    scorecard.setLabel("Scorecard");
    scorecard.setItemLabelGenerator(s -> s.name() + " (v" + s.current().number() + ")");
    scorecard.addValueChangeListener(e -> show(e.getValue()));
    rows.setId("scorecard-rows");
    add.setId("add-category");
    add.addClickListener(
        e -> addRow(new CategoryDraft("", null, 10, RatingScale.FIVE_POINT, false, false)));
    publish.setId("publish-scorecard");
    publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    publish.addClickListener(e -> publish());
    error.setId("scorecard-error");
    error.addClassName("rc-error-text");
    error.setVisible(false);
    history.setId("scorecard-history");
    add(
        new H2("Scorecards"),
        new Paragraph(
            "Review score = Σ(category score × weight) / Σ weights over the categories rated"
                + " (not N/A); a failed critical category makes it 0. Publishing creates a new"
                + " version: reviews already made keep theirs."),
        scorecard,
        rows,
        new Div(add, publish),
        error,
        new H4("Versions"),
        history);
    List<ScorecardSummary> all = scorecards.scorecards();
    scorecard.setItems(all);
    if (!all.isEmpty()) {
      scorecard.setValue(all.get(0));
    }
  }

  private void show(@Nullable ScorecardSummary summary) {
    rows.removeAll();
    categoryRows.clear();
    history.removeAll();
    error.setVisible(false);
    if (summary == null) {
      return;
    }
    summary.current().categories().forEach(c -> addRow(c.toDraft()));
    for (ScorecardVersion v : scorecards.versions(summary.id())) {
      history.add(
          new ListItem(
              "v"
                  + v.number()
                  + " · "
                  + TIME.format(v.publishedAt())
                  + " · "
                  + v.publishedBy()
                  + " · "
                  + v.categories().size()
                  + " categories"));
    }
  }

  private Component addRow(CategoryDraft draft) {
    CategoryRow row = new CategoryRow(draft);
    row.remove.addClickListener(
        e -> {
          categoryRows.remove(row);
          rows.remove(row);
        });
    categoryRows.add(row);
    rows.add(row);
    return row;
  }

  void publish() {
    ScorecardSummary summary = scorecard.getValue();
    if (summary == null) {
      return;
    }
    List<CategoryDraft> drafts = categoryRows.stream().map(CategoryRow::draft).toList();
    try {
      ScorecardVersion published = scorecards.publish(summary.id(), drafts, admin);
      Notification.show("Published " + published.label())
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      List<ScorecardSummary> all = scorecards.scorecards();
      scorecard.setItems(all);
      all.stream().filter(s -> s.id() == summary.id()).findFirst().ifPresent(scorecard::setValue);
    } catch (ScorecardRuleException refused) {
      error.setText(refused.getMessage());
      error.setVisible(true);
    } catch (jakarta.validation.ConstraintViolationException invalid) {
      error.setText(
          String.join(
              "; ",
              invalid.getConstraintViolations().stream()
                  .map(jakarta.validation.ConstraintViolation::getMessage)
                  .distinct()
                  .toList()));
      error.setVisible(true);
    }
  }
}
