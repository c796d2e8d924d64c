package com.replycraft.app.training;

import com.replycraft.app.security.Role;
import com.replycraft.app.ui.Names;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * An agent's training: what the trainer assigned (due dates, overdue ones marked, sequences in
 * order) and the rest of the catalog to practise on, each with where the agent stands.
 */
@Route("training")
@PageTitle("My training")
@Menu(order = 50, title = "My training", icon = "vaadin:academy-cap")
@RolesAllowed(Role.AGENT_NAME)
public class MyTrainingView extends Div {

  final Grid<MyExercise> assigned = new Grid<>(MyExercise.class, false);
  final Grid<MyExercise> optional = new Grid<>(MyExercise.class, false);
  final Paragraph emptyAssigned =
      new Paragraph(
          "Nothing assigned right now. Pick any exercise below to practise; your trainer sees"
              + " your progress.");

  MyTrainingView(AssignmentService assignments, AuthenticationContext authentication) {
    addClassName("rc-page");
    List<MyExercise> mine = assignments.myTraining(authentication.getPrincipalName().orElseThrow());
    List<MyExercise> given = mine.stream().filter(MyExercise::assigned).toList();
    List<MyExercise> rest = mine.stream().filter(e -> !e.assigned()).toList();

    assigned.setId("assigned-exercises");
    assigned.addColumn(e -> e.exercise().title()).setHeader("Exercise").setFlexGrow(3);
    assigned.addComponentColumn(MyTrainingView::due).setHeader("Due").setAutoWidth(true);
    assigned.addColumn(e -> e.step() > 0 ? "step " + e.step() : "").setHeader("Sequence");
    assigned.addColumn(e -> e.examMode() ? "exam" : "").setHeader("Mode");
    assigned.addComponentColumn(MyTrainingView::status).setHeader("Status").setAutoWidth(true);
    assigned.addColumn(MyExercise::attempts).setHeader("Attempts");
    assigned.addItemClickListener(e -> open(e.getItem()));
    assigned.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    assigned.setAllRowsVisible(true);
    assigned.setItems(given);
    emptyAssigned.setVisible(given.isEmpty());
    emptyAssigned.addClassName("rc-muted");

    optional.setId("optional-exercises");
    optional.addColumn(e -> e.exercise().title()).setHeader("Exercise").setFlexGrow(3);
    optional.addColumn(e -> Names.channel(e.exercise().channel())).setHeader("Channel");
    optional
        .addColumn(e -> TrainingLabels.difficulty(e.exercise().difficulty()))
        .setHeader("Difficulty");
    optional.addComponentColumn(MyTrainingView::status).setHeader("Status").setAutoWidth(true);
    optional.addItemClickListener(e -> open(e.getItem()));
    optional.setItems(rest);
    optional.setHeight("24rem");

    add(new H3("Assigned to you"), emptyAssigned, assigned, new H3("Practise more"), optional);
  }

  private void open(MyExercise e) {
    String path = "training/exercise/" + e.exercise().id();
    getUI()
        .ifPresent(
            ui ->
                ui.navigate(
                    path,
                    e.assignmentId() == null
                        ? QueryParameters.empty()
                        : QueryParameters.of("assignment", String.valueOf(e.assignmentId()))));
  }

  private static Span due(MyExercise e) {
    if (e.due() == null) {
      return new Span();
    }
    Span due =
        ExerciseBrief.badge(
            TrainingLabels.DATE.format(e.due()) + (e.overdue() ? " · overdue" : ""),
            e.overdue() ? "error" : "contrast");
    if (e.overdue()) {
      due.addClassName("rc-overdue");
    }
    return due;
  }

  private static Span status(MyExercise e) {
    String theme =
        switch (e.status()) {
          case PASSED -> "success";
          case NOT_YET -> "";
          case NOT_STARTED -> "contrast";
        };
    Span badge = ExerciseBrief.badge(e.status().label(), theme);
    badge.addClassName("rc-status-" + Names.cssName(e.status()));
    return badge;
  }
}
