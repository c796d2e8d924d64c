package com.replycraft.app.training;

import com.replycraft.app.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A trainer's view of one agent's attempts (newest first, paged), with each attempt's grade and a
 * written feedback field the agent then sees beside the attempt.
 */
@Route("training/attempts")
@PageTitle("Training attempts")
@Menu(order = 52, title = "Training attempts", icon = "vaadin:clipboard-check")
@RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
public class TrainingAttemptsView extends Div implements BeforeEnterObserver {

  private final GradingService grading;
  private final AuthenticationContext authentication;

  final ComboBox<String> agent = new ComboBox<>("Agent");
  final Grid<AttemptSummary> attempts = new Grid<>(AttemptSummary.class, false);
  final Div detail = new Div();
  final TextArea feedback = new TextArea("Feedback for the agent");
  final Button saveFeedback = new Button("Save feedback");
  @Nullable AttemptDetail selected;

  TrainingAttemptsView(
      GradingService grading, AssignmentService assignments, AuthenticationContext authentication) {
    this.grading = grading;
    this.authentication = authentication;
    addClassName("rc-page");
    Map<String, String> labels =
        assignments.agents().stream()
            .collect(Collectors.toMap(a -> a.username(), a -> a.displayName(), (x, y) -> x));
    agent.setId("attempts-agent");
    agent.setItems(labels.keySet().stream().sorted().toList());
    agent.setItemLabelGenerator(u -> labels.getOrDefault(u, u) + " (" + u + ")");
    agent.addValueChangeListener(e -> showAgent(e.getValue()));

    attempts.setId("attempts-grid");
    attempts.addColumn(a -> TrainingLabels.TIME.format(a.submittedAt())).setHeader("Submitted");
    attempts.addColumn(AttemptSummary::exerciseTitle).setHeader("Exercise").setFlexGrow(3);
    attempts.addColumn(AttemptSummary::verdict).setHeader("Result");
    attempts.addColumn(AttemptSummary::overall).setHeader("Overall");
    attempts.addColumn(a -> a.examMode() ? "exam" : "practice").setHeader("Mode");
    attempts.addColumn(a -> a.hasFeedback() ? "given" : "").setHeader("Feedback");
    attempts.setHeight("16rem");
    attempts.asSingleSelect().addValueChangeListener(e -> showAttempt(e.getValue()));

    feedback.setId("trainer-feedback-field");
    feedback.setWidthFull();
    feedback.setMaxLength(5000);
    saveFeedback.setId("save-feedback");
    saveFeedback.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    saveFeedback.addClickListener(e -> saveFeedback());
    detail.setId("attempt-detail");
    detail.add(new Paragraph("Choose an agent, then an attempt."));
    add(agent, attempts, detail);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    List<String> given =
        event.getLocation().getQueryParameters().getParameters().getOrDefault("agent", List.of());
    if (!given.isEmpty()) {
      agent.setValue(given.get(0));
    }
  }

  void showAgent(@Nullable String username) {
    attempts.asSingleSelect().clear();
    if (username == null) {
      attempts.setItems(List.of());
      return;
    }
    attempts.setItems(
        query -> grading.attempts(username, query.getOffset(), query.getLimit()).stream(),
        query -> (int) grading.countAttempts(username));
  }

  void showAttempt(@Nullable AttemptSummary summary) {
    detail.removeAll();
    selected = summary == null ? null : grading.attempt(summary.id()).orElse(null);
    if (selected == null) {
      return;
    }
    feedback.setValue(selected.trainerFeedback() == null ? "" : selected.trainerFeedback());
    feedback.setInvalid(false);
    detail.add(
        new H4(selected.exercise().title()), new GradePanel(selected), feedback, saveFeedback);
  }

  void saveFeedback() {
    if (selected == null) {
      return;
    }
    if (feedback.getValue().isBlank()) {
      feedback.setErrorMessage("Write the feedback first.");
      feedback.setInvalid(true);
      return;
    }
    grading.giveFeedback(
        selected.id(), feedback.getValue(), authentication.getPrincipalName().orElse("trainer"));
    Notification.show(
        "Feedback saved; the agent sees it with the attempt.",
        3000,
        Notification.Position.BOTTOM_END);
    long id = selected.id();
    attempts.getDataProvider().refreshAll();
    grading.attempt(id).ifPresent(a -> selected = a);
  }
}
