package com.replycraft.app.training;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.replycraft.app.KaribuTestBase;
import com.replycraft.app.conversation.ConversationService;
import com.replycraft.app.ui.Names;
import com.replycraft.scoring.Dimension;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.training.Element;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TrainingViewsTest extends KaribuTestBase {

  static final String EXERCISE = GradingServiceTest.EXERCISE;

  @Autowired AssignmentService assignments;
  @Autowired GradingService grading;
  @Autowired TrainingCatalog catalog;
  @Autowired ConversationService conversations;

  private AttemptView openExercise(String id, Long assignmentId) {
    UI.getCurrent()
        .navigate(
            "training/exercise/" + id,
            assignmentId == null
                ? QueryParameters.empty()
                : QueryParameters.of("assignment", String.valueOf(assignmentId)));
    return _get(AttemptView.class);
  }

  @Test
  void a_trainer_filters_the_catalog_and_previews_the_thread_rubric_and_model_reply() {
    signIn("trainer", "TRAINER");
    UI.getCurrent().navigate(TrainingCatalogView.class);
    TrainingCatalogView view = _get(TrainingCatalogView.class);
    int everything = GridKt._size(view.grid);

    view.channel.setValue(Channel.SOCIAL_PUBLIC);

    assertThat(GridKt._size(view.grid)).isGreaterThan(0).isLessThan(everything);
    for (int i = 0; i < GridKt._size(view.grid); i++) {
      assertThat(GridKt._get(view.grid, i).exercise().channel()).isEqualTo(Channel.SOCIAL_PUBLIC);
    }
    view.channel.clear();
    view.text.setValue("cracked");
    CatalogEntry jug = GridKt._get(view.grid, 0);
    assertThat(jug.id()).isEqualTo(EXERCISE);

    view.grid.select(jug);

    ExercisePreview preview = _get(ExercisePreview.class);
    assertThat(_get(preview, Div.class, s -> s.withId("timeline")).getChildren().count())
        .isGreaterThan(2);
    assertThat(_get(preview, Div.class, s -> s.withId("preview-model-reply")).getText())
        .contains("four days");
    assertThat(
            _get(preview, UnorderedList.class, s -> s.withId("preview-rubric"))
                .getChildren()
                .count())
        .isEqualTo(catalog.find(EXERCISE).orElseThrow().rubric().criteria().size());
  }

  @Test
  void a_trainer_assigns_a_sequence_from_the_catalog_and_the_agent_finds_it_in_my_training() {
    signIn("trainer", "TRAINER");
    UI.getCurrent().navigate(TrainingCatalogView.class);
    TrainingCatalogView view = _get(TrainingCatalogView.class);
    view.text.setValue("cracked");
    view.grid.select(GridKt._get(view.grid, 0));
    _click(view.addToSequence);
    view.text.clear();
    String second = GridKt._get(view.grid, 1).id();
    view.grid.select(GridKt._get(view.grid, 1));
    _click(view.addToSequence);
    assertThat(view.toAssign()).containsExactly(EXERCISE, second);

    AssignDialog dialog = view.openAssign();
    dialog.agents.setValue(Set.of("agent"));
    dialog.due.setValue(assignments.today().plusDays(3));
    _click(dialog.confirm);

    assertThat(dialog.isOpened()).isFalse();
    List<MyExercise> mine = assignments.myTraining("agent");
    assertThat(mine.stream().filter(MyExercise::assigned).map(e -> e.exercise().id()))
        .contains(EXERCISE, second);

    signIn("agent", "AGENT");
    UI.getCurrent().navigate(MyTrainingView.class);
    MyTrainingView my = _get(MyTrainingView.class);
    assertThat(GridKt._size(my.assigned)).isGreaterThanOrEqualTo(2);
    assertThat(my.emptyAssigned.isVisible()).isFalse();
  }

  @Test
  void a_due_date_in_the_past_is_shown_beside_the_field_and_nothing_is_assigned() {
    signIn("trainer", "TRAINER");
    AssignDialog dialog = new AssignDialog(assignments, List.of(EXERCISE), "trainer");
    dialog.agents.setValue(Set.of("agent"));
    dialog.due.setValue(assignments.today().minusDays(1));
    long before = assignments.myTraining("agent").stream().filter(MyExercise::assigned).count();

    dialog.assign();

    assertThat(dialog.due.isInvalid()).isTrue();
    assertThat(dialog.due.getErrorMessage()).contains("past");
    assertThat(assignments.myTraining("agent").stream().filter(MyExercise::assigned).count())
        .isEqualTo(before);
  }

  @Test
  void an_agent_sees_the_ignored_wait_live_submits_gets_not_yet_then_passes_on_retry() {
    signIn("agent", "AGENT");
    AttemptView view = openExercise(EXERCISE, null);
    assertThat(_get(view, Div.class, s -> s.withId("timeline")).getChildren().count())
        .isGreaterThan(2);

    _setValue(view.draft, GradingServiceTest.IGNORES_THE_WAIT);

    assertThat(view.live.isVisible()).isTrue();
    assertThat(
            _find(view.preview, Span.class).stream()
                .anyMatch(
                    s ->
                        String.valueOf(s.getElement().getAttribute("data-codes"))
                            .contains("DELAY_NOT_ACKNOWLEDGED")))
        .isTrue();
    assertThat(view.meters.value("delay-acknowledgement")).isNotEqualTo("–");

    _click(view.submit);

    GradePanel grade = _get(view.result, GradePanel.class);
    assertThat(_get(grade, H3.class, s -> s.withId("verdict")).getText()).isEqualTo("Not yet");
    assertThat(_get(grade, Paragraph.class, s -> s.withId("coaching-note")).getText())
        .contains("four days");
    HighlightedReply graded = _get(grade, HighlightedReply.class);
    assertThat(
            _find(graded, Span.class).stream()
                .anyMatch(
                    s ->
                        String.valueOf(s.getElement().getAttribute("data-codes"))
                            .contains("DELAY_NOT_ACKNOWLEDGED")))
        .isTrue();
    assertThat(view.draft.isReadOnly()).isTrue();

    _click(view.retry);
    _setValue(view.draft, catalog.find(EXERCISE).orElseThrow().modelReply());
    _click(view.submit);

    assertThat(
            _get(_get(view.result, GradePanel.class), H3.class, s -> s.withId("verdict")).getText())
        .isEqualTo("Pass");
    assertThat(GridKt._size(view.history)).isGreaterThanOrEqualTo(2);
  }

  @Test
  void exam_mode_hides_live_scoring_and_an_exam_assignment_cannot_switch_it_off() {
    signIn("agent", "AGENT");
    AttemptView practice = openExercise(EXERCISE, null);
    practice.examMode.setValue(true);
    assertThat(practice.live.isVisible()).isFalse();
    practice.examMode.setValue(false);
    assertThat(practice.live.isVisible()).isTrue();

    assignments.assign(
        new AssignmentRequest(
            List.of(EXERCISE), Set.of("agent"), Set.of(), assignments.today(), true),
        "trainer");
    long examId =
        assignments.myTraining("agent").stream()
            .filter(e -> e.assigned() && e.examMode())
            .findFirst()
            .orElseThrow()
            .assignmentId();

    AttemptView exam = openExercise(EXERCISE, examId);

    assertThat(exam.examMode.getValue()).isTrue();
    assertThat(exam.examMode.isReadOnly()).isTrue();
    assertThat(exam.live.isVisible()).isFalse();
    _setValue(exam.draft, GradingServiceTest.IGNORES_THE_WAIT);
    _click(exam.submit);
    assertThat(exam.graded).isNotNull();
    assertThat(exam.graded.examMode()).isTrue();
    assertThat(exam.graded.assignmentId()).isEqualTo(examId);
  }

  @Test
  void a_trainer_writes_feedback_on_an_attempt_and_the_agent_reads_it_with_the_attempt() {
    AttemptDetail attempt =
        grading.submit("agent", EXERCISE, null, GradingServiceTest.IGNORES_THE_WAIT, false);
    signIn("trainer", "TRAINER");
    UI.getCurrent().navigate(TrainingAttemptsView.class);
    TrainingAttemptsView view = _get(TrainingAttemptsView.class);
    view.agent.setValue("agent");
    AttemptSummary newest = GridKt._get(view.attempts, 0);
    assertThat(newest.id()).isEqualTo(attempt.id());
    view.attempts.select(newest);

    _setValue(view.feedback, "Open with the four-day wait, then the jug.");
    _click(view.saveFeedback);

    signIn("agent", "AGENT");
    AttemptView mine = openExercise(EXERCISE, null);
    GridKt._clickItem(mine.history, 0);
    assertThat(_get(mine.result, Paragraph.class, s -> s.withId("trainer-feedback")).getText())
        .isEqualTo("Open with the four-day wait, then the jug.");
  }

  @Test
  void the_progress_view_draws_svg_charts_and_lists_skills_weakest_first() {
    grading.submit("agent", EXERCISE, null, GradingServiceTest.IGNORES_THE_WAIT, false);
    signIn("trainer", "TRAINER");
    UI.getCurrent().navigate(TrainingProgressView.class);
    TrainingProgressView view = _get(TrainingProgressView.class);

    view.agent.setValue("agent");

    assertThat(view.shown).isNotNull();
    Svg pass = _get(view, Svg.class, s -> s.withId("chart-pass-rate"));
    assertThat(pass.getElement().getProperty("innerHTML"))
        .startsWith("<svg")
        .contains("polyline")
        .doesNotContain("<script");
    Svg dims = _get(view, Svg.class, s -> s.withId("chart-dimensions"));
    for (Dimension d : Dimension.values()) {
      assertThat(dims.getElement().getProperty("innerHTML")).contains(Names.dimension(d));
    }
    List<Progress.SkillResult> skills = view.shown.skills();
    for (int i = 1; i < skills.size(); i++) {
      assertThat(skills.get(i).passRate()).isGreaterThanOrEqualTo(skills.get(i - 1).passRate());
    }
    assertThat(GridKt._size(view.skills)).isEqualTo(skills.size());
  }

  @Test
  void a_trainer_promotes_a_conversation_the_form_opens_redacted_and_publishes_into_the_catalog() {
    long id = PromotionServiceTest.conversationFullOfPii(conversations);
    signIn("trainer", "TRAINER");
    UI.getCurrent().navigate("training/promote/" + id);
    PromoteView view = _get(PromoteView.class);
    for (var turn : view.turnTexts) {
      for (String raw : PromotionServiceTest.RAW_PII) {
        assertThat(turn.getValue()).doesNotContainIgnoringCase(raw);
      }
    }

    _click(view.publish);
    assertThat(view.published).isNull();
    assertThat(view.mistakeFeedback.get(0).isInvalid()).isTrue();

    String exerciseId = "promoted-view-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    view.id.setValue(exerciseId);
    view.requires.setValue(Set.of(Element.ACKNOWLEDGES_WAIT));
    view.modelReply.setValue(
        "Hi "
            + view.customerName.getValue()
            + ",\n\nI'm sorry you waited three days for this. The"
            + " duplicate charge is refunded today and reaches your card within 5 working"
            + " days.\n\nKind regards,\nSam");
    view.mistakeFeedback.get(0).setValue("Say how long she waited before the fix.");
    view.mistakeCodes.get(0).setValue(Set.of("ACKNOWLEDGES_WAIT"));
    _click(view.publish);

    assertThat(view.published).isNotNull();
    assertThat(catalog.find(exerciseId)).isPresent();
    assertThat(catalog.all()).anyMatch(e -> e.custom() && e.id().equals(exerciseId));
  }
}
