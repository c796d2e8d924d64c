package com.replycraft.app.training;

import com.replycraft.app.security.Role;
import com.replycraft.app.ui.Names;
import com.replycraft.scoring.Finding;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.training.Exercise;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The attempt editor: the exercise on the left; on the right the draft, scored live as in the
 * composer unless exam mode is on, then Submit for the grade, the model reply and the history of
 * attempts. Retrying keeps the last draft.
 */
@Route("training/exercise/:exerciseId")
@PageTitle("Training exercise")
@RolesAllowed(Role.AGENT_NAME)
public class AttemptView extends Div implements BeforeEnterObserver {

  static final int DEBOUNCE_MS = 350;

  private final TrainingCatalog catalog;
  private final GradingService grading;
  private final AssignmentService assignments;
  private final AuthenticationContext authentication;

  final Div brief = new Div();
  final Checkbox examMode = new Checkbox("Exam mode");
  final Span examNote = new Span();
  final TextArea draft = new TextArea();
  final ScoreMeters meters = new ScoreMeters();
  final HighlightedReply preview = new HighlightedReply();
  final Div findings = new Div();
  final Div live = new Div();
  final Button submit = new Button("Submit", VaadinIcon.CHECK.create());
  final Button retry = new Button("Try again", VaadinIcon.REFRESH.create());
  final Div result = new Div();
  final Grid<AttemptSummary> history = new Grid<>(AttemptSummary.class, false);

  @Nullable Exercise exercise;
  @Nullable Long assignmentId;
  @Nullable AttemptDetail graded;

  AttemptView(
      TrainingCatalog catalog,
      GradingService grading,
      AssignmentService assignments,
      AuthenticationContext authentication) {
    this.catalog = catalog;
    this.grading = grading;
    this.assignments = assignments;
    this.authentication = authentication;
    addClassName("rc-compose");
    brief.addClassName("rc-thread-pane");
    add(brief, editorPane());
  }

  private String username() {
    return authentication.getPrincipalName().orElseThrow();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String id = event.getRouteParameters().get("exerciseId").orElse("");
    Exercise found = catalog.find(id).orElse(null);
    if (found == null) {
      event.forwardTo(MyTrainingView.class);
      return;
    }
    Long assignment = null;
    List<String> values =
        event
            .getLocation()
            .getQueryParameters()
            .getParameters()
            .getOrDefault("assignment", List.of());
    if (!values.isEmpty()) {
      try {
        long candidate = Long.parseLong(values.get(0));
        MyExercise mine = assignments.assignmentOf(username(), candidate);
        if (mine != null && mine.exercise().id().equals(id)) {
          assignment = candidate;
        }
      } catch (NumberFormatException e) {
        // a hand-edited link: treat the attempt as optional practice
      }
    }
    show(found, assignment);
  }

  void show(Exercise found, @Nullable Long assignment) {
    this.exercise = found;
    this.assignmentId = assignment;
    brief.removeAll();
    brief.add(new ExerciseBrief(found));
    boolean forced = grading.examForced(assignment);
    examMode.setValue(forced);
    examMode.setReadOnly(forced);
    examNote.setText(forced ? "Your trainer set this exercise as an exam." : "");
    showEditor();
    refreshHistory();
    rescore();
  }

  private Div editorPane() {
    examMode.setId("exam-mode");
    examMode.setTooltipText("Hides the live scoring while you write, as in a test");
    examMode.addValueChangeListener(e -> live.setVisible(!e.getValue()));
    examNote.addClassName("rc-muted");

    draft.setId("draft");
    draft.setLabel("Your reply");
    draft.setPlaceholder("Write the reply here.");
    draft.addClassName("rc-draft");
    draft.setWidthFull();
    draft.setValueChangeMode(ValueChangeMode.LAZY);
    draft.setValueChangeTimeout(DEBOUNCE_MS);
    draft.addValueChangeListener(
        e -> {
          if (e.isFromClient()) {
            rescore();
          }
        });

    meters.setId("scores");
    preview.setId("draft-preview");
    findings.setId("findings");
    findings.addClassName("rc-findings");
    live.setId("live-scoring");
    live.add(meters, new H4("How it reads"), preview, new H4("What to improve"), findings);

    submit.setId("submit-attempt");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.addClickListener(e -> submit());
    retry.setId("retry");
    retry.addClickListener(e -> showEditor());

    result.setId("result");
    history.setId("attempt-history");
    history.addColumn(a -> TrainingLabels.TIME.format(a.submittedAt())).setHeader("Submitted");
    history.addColumn(AttemptSummary::verdict).setHeader("Result");
    history.addColumn(AttemptSummary::overall).setHeader("Overall");
    history.addColumn(a -> a.examMode() ? "exam" : "practice").setHeader("Mode");
    history.addColumn(a -> a.hasFeedback() ? "yes" : "").setHeader("Trainer feedback");
    history.setAllRowsVisible(true);
    history.addItemClickListener(
        e -> grading.attempt(e.getItem().id()).ifPresent(this::showResult));

    Div toolbar = new Div(examMode, examNote, new Span(), submit, retry);
    toolbar.addClassName("rc-toolbar");
    Div pane = new Div(draft, toolbar, live, result, new H4("Your attempts"), history);
    pane.addClassName("rc-draft-pane");
    return pane;
  }

  /** Rescores the draft for the live meters, highlights and findings (skipped in exam mode). */
  void rescore() {
    if (exercise == null) {
      return;
    }
    String text = draft.getValue();
    ScoreResult score = text.isBlank() ? null : grading.liveScore(exercise, text);
    meters.show(score == null ? null : score.scores());
    preview.show(text, score == null ? List.of() : score.findings());
    findings.removeAll();
    if (score == null) {
      return;
    }
    if (score.findings().isEmpty()) {
      Span none = new Span("Nothing to improve that the rules can see.");
      none.addClassName("rc-all-good");
      findings.add(none);
    }
    for (Finding f : score.findings()) {
      Span code = new Span(f.code().name());
      code.addClassName("rc-finding-code");
      Div entry = new Div(code, new Paragraph(f.message()), new Paragraph(f.suggestion()));
      entry.addClassNames("rc-finding", "rc-sev-" + Names.cssName(f.severity()));
      entry.setId("finding-" + f.code().name());
      findings.add(entry);
    }
  }

  void submit() {
    if (exercise == null) {
      return;
    }
    if (draft.getValue().isBlank()) {
      draft.setInvalid(true);
      draft.setErrorMessage("Write a reply before submitting.");
      return;
    }
    draft.setInvalid(false);
    AttemptDetail detail =
        grading.submit(
            username(), exercise.id(), assignmentId, draft.getValue(), examMode.getValue());
    showResult(detail);
    refreshHistory();
    Notification.show(
        detail.grade().passed() ? "Passed" : "Not yet: see the feedback",
        3000,
        Notification.Position.BOTTOM_END);
  }

  private void showResult(AttemptDetail detail) {
    graded = detail;
    result.removeAll();
    GradePanel panel = new GradePanel(detail);
    result.add(panel);
    result.setVisible(true);
    live.setVisible(false);
    draft.setReadOnly(true);
    submit.setVisible(false);
    retry.setVisible(true);
    askForSecondOpinion(panel, detail);
  }

  /**
   * The LLM judge runs on a pool thread; the grade is already shown and never waits for it. The
   * opinion arrives by server push.
   */
  private void askForSecondOpinion(GradePanel panel, AttemptDetail detail) {
    if (!grading.judgeAvailable()) {
      return;
    }
    UI ui = UI.getCurrent();
    if (ui == null) {
      return;
    }
    grading
        .secondOpinion(detail.exercise(), detail.grade().attempt())
        .whenComplete(
            (opinion, error) ->
                ui.access(
                    () -> {
                      if (opinion != null) {
                        panel.showOpinion(opinion);
                      }
                    }));
  }

  private void showEditor() {
    graded = null;
    result.removeAll();
    result.setVisible(false);
    draft.setReadOnly(false);
    live.setVisible(!examMode.getValue());
    submit.setVisible(true);
    retry.setVisible(false);
  }

  private void refreshHistory() {
    if (exercise != null) {
      history.setItems(grading.history(username(), exercise.id()));
    }
  }
}
