package com.replycraft.app.training;

import com.replycraft.app.security.Role;
import com.replycraft.app.ui.Names;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.training.Difficulty;
import com.replycraft.training.Skill;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The exercise catalog for trainers: filter by skill, channel, difficulty and text, preview an
 * exercise (thread, situation, task, rubric, model reply), build a sequence and assign it.
 */
@Route("training/catalog")
@PageTitle("Exercise catalog")
@Menu(order = 51, title = "Exercise catalog", icon = "vaadin:book")
@RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
public class TrainingCatalogView extends Div {

  private final TrainingCatalog catalog;
  private final AssignmentService assignments;
  private final AuthenticationContext authentication;

  final Select<Skill> skill = new Select<>();
  final Select<Channel> channel = new Select<>();
  final Select<Difficulty> difficulty = new Select<>();
  final TextField text = new TextField();
  final Grid<CatalogEntry> grid = new Grid<>(CatalogEntry.class, false);
  final Div preview = new Div();
  final List<String> sequence = new ArrayList<>();
  final Span sequenceLabel = new Span();
  final Button addToSequence = new Button("Add to sequence", VaadinIcon.PLUS.create());
  final Button clearSequence = new Button("Clear");
  final Button assign = new Button("Assign…", VaadinIcon.USERS.create());

  TrainingCatalogView(
      TrainingCatalog catalog,
      AssignmentService assignments,
      AuthenticationContext authentication) {
    this.catalog = catalog;
    this.assignments = assignments;
    this.authentication = authentication;
    addClassName("rc-catalog");
    add(filters(), new Div(gridPane(), preview));
    preview.addClassName("rc-catalog-preview");
    preview.add(new Paragraph("Choose an exercise to preview it."));
    refresh();
  }

  private Div filters() {
    skill.setId("filter-skill");
    skill.setLabel("Skill");
    skill.setItems(Skill.values());
    skill.setItemLabelGenerator(s -> s == null ? "Any skill" : TrainingLabels.skill(s));
    skill.setEmptySelectionAllowed(true);
    skill.setEmptySelectionCaption("Any skill");
    channel.setId("filter-channel");
    channel.setLabel("Channel");
    channel.setItems(Channel.values());
    channel.setItemLabelGenerator(c -> c == null ? "Any channel" : Names.channel(c));
    channel.setEmptySelectionAllowed(true);
    channel.setEmptySelectionCaption("Any channel");
    difficulty.setId("filter-difficulty");
    difficulty.setLabel("Difficulty");
    difficulty.setItems(Difficulty.values());
    difficulty.setItemLabelGenerator(
        d -> d == null ? "Any difficulty" : TrainingLabels.difficulty(d));
    difficulty.setEmptySelectionAllowed(true);
    difficulty.setEmptySelectionCaption("Any difficulty");
    text.setId("filter-text");
    text.setLabel("Text");
    text.setPlaceholder("title, situation or task");
    text.setClearButtonVisible(true);
    text.setValueChangeMode(ValueChangeMode.LAZY);
    skill.addValueChangeListener(e -> refresh());
    channel.addValueChangeListener(e -> refresh());
    difficulty.addValueChangeListener(e -> refresh());
    text.addValueChangeListener(e -> refresh());
    Div bar = new Div(skill, channel, difficulty, text);
    bar.addClassName("rc-filters");
    return bar;
  }

  private Div gridPane() {
    grid.setId("catalog-grid");
    grid.addColumn(e -> e.exercise().title()).setHeader("Exercise").setFlexGrow(4);
    grid.addColumn(e -> Names.channel(e.exercise().channel())).setHeader("Channel");
    grid.addColumn(e -> TrainingLabels.difficulty(e.exercise().difficulty()))
        .setHeader("Difficulty");
    grid.addColumn(
            e ->
                e.exercise().skills().stream()
                    .sorted()
                    .map(TrainingLabels::skill)
                    .collect(Collectors.joining(", ")))
        .setHeader("Skills")
        .setFlexGrow(2);
    grid.addColumn(e -> e.custom() ? "custom" : "shipped").setHeader("Source").setAutoWidth(true);
    grid.asSingleSelect().addValueChangeListener(e -> showPreview(e.getValue()));

    addToSequence.setId("add-to-sequence");
    addToSequence.addClickListener(e -> addSelected());
    clearSequence.setId("clear-sequence");
    clearSequence.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    clearSequence.addClickListener(
        e -> {
          sequence.clear();
          renderSequence();
        });
    assign.setId("assign");
    assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    assign.addClickListener(e -> openAssign());
    sequenceLabel.setId("sequence");
    sequenceLabel.addClassName("rc-muted");
    renderSequence();
    Div actions = new Div(addToSequence, clearSequence, assign);
    actions.addClassName("rc-toolbar");
    Div pane = new Div(grid, actions, sequenceLabel);
    pane.addClassName("rc-catalog-list");
    return pane;
  }

  void refresh() {
    String query = text.getValue();
    grid.setItems(
        catalog.filter(
            new CatalogFilter(
                skill.getValue(),
                channel.getValue(),
                difficulty.getValue(),
                query == null || query.isBlank() ? null : query)));
  }

  private void showPreview(CatalogEntry entry) {
    preview.removeAll();
    if (entry == null) {
      preview.add(new Paragraph("Choose an exercise to preview it."));
      return;
    }
    preview.add(new ExercisePreview(entry.exercise()));
  }

  void addSelected() {
    CatalogEntry selected = grid.asSingleSelect().getValue();
    if (selected != null && !sequence.contains(selected.id())) {
      sequence.add(selected.id());
      renderSequence();
    }
  }

  private void renderSequence() {
    sequenceLabel.setText(
        sequence.isEmpty()
            ? "Assign the selected exercise, or add several to a sequence agents do in order."
            : "Sequence: " + String.join(" → ", sequence));
  }

  /** The sequence when there is one, else the selected exercise. */
  List<String> toAssign() {
    if (!sequence.isEmpty()) {
      return List.copyOf(sequence);
    }
    CatalogEntry selected = grid.asSingleSelect().getValue();
    return selected == null ? List.of() : List.of(selected.id());
  }

  AssignDialog openAssign() {
    AssignDialog dialog =
        new AssignDialog(
            assignments, toAssign(), authentication.getPrincipalName().orElse("trainer"));
    dialog.open();
    return dialog;
  }
}
