package com.replycraft.app.training;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Assigns the chosen exercise or sequence to agents and/or teams, due on a date. */
class AssignDialog extends Dialog {

  private final AssignmentService assignments;
  private final List<String> exerciseIds;
  private final String trainer;

  final Paragraph what = new Paragraph();
  final MultiSelectComboBox<String> agents = new MultiSelectComboBox<>("Agents");
  final MultiSelectComboBox<String> teams = new MultiSelectComboBox<>("Teams");
  final DatePicker due = new DatePicker("Due");
  final Checkbox examMode = new Checkbox("Exam mode (no live scoring)");
  final Button confirm = new Button("Assign");

  AssignDialog(AssignmentService assignments, List<String> exerciseIds, String trainer) {
    this.assignments = assignments;
    this.exerciseIds = List.copyOf(exerciseIds);
    this.trainer = trainer;
    setHeaderTitle("Assign training");
    setId("assign-dialog");
    what.setId("assign-what");
    what.setText(
        exerciseIds.isEmpty()
            ? "Choose an exercise in the catalog first."
            : (exerciseIds.size() == 1 ? "Exercise: " : "Sequence: ")
                + String.join(" → ", exerciseIds));

    Map<String, String> labels =
        assignments.agents().stream()
            .collect(
                Collectors.toMap(
                    a -> a.username(),
                    a -> a.displayName() + (a.team() == null ? "" : " · " + a.team()),
                    (x, y) -> x));
    agents.setId("assign-agents");
    agents.setItems(labels.keySet().stream().sorted().toList());
    agents.setItemLabelGenerator(u -> labels.getOrDefault(u, u));
    agents.setWidthFull();
    teams.setId("assign-teams");
    teams.setItems(assignments.teams());
    teams.setWidthFull();
    due.setId("assign-due");
    due.setValue(assignments.today().plusDays(7));
    due.setMin(assignments.today());
    examMode.setId("assign-exam");

    confirm.setId("assign-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    confirm.addClickListener(e -> assign());
    confirm.setEnabled(!exerciseIds.isEmpty());
    Button cancel = new Button("Cancel", e -> close());
    add(new Div(what, agents, teams, due, examMode));
    getFooter().add(cancel, confirm);
    setWidth("32rem");
  }

  void assign() {
    agents.setInvalid(false);
    due.setInvalid(false);
    try {
      Set<String> chosenAgents = new LinkedHashSet<>(agents.getValue());
      int count =
          assignments.assign(
              new AssignmentRequest(
                  exerciseIds, chosenAgents, teams.getValue(), due.getValue(), examMode.getValue()),
              trainer);
      Notification n =
          Notification.show(
              "Assigned to " + count + (count == 1 ? " agent" : " agents"),
              3000,
              Notification.Position.BOTTOM_END);
      n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      close();
    } catch (AssignmentRejected rejected) {
      switch (rejected.field()) {
        case "due" -> {
          due.setErrorMessage(rejected.getMessage());
          due.setInvalid(true);
        }
        case "assignees" -> {
          agents.setErrorMessage(rejected.getMessage());
          agents.setInvalid(true);
        }
        default -> what.setText(rejected.getMessage());
      }
    }
  }
}
