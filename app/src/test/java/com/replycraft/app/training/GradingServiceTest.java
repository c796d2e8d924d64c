package com.replycraft.app.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.replycraft.app.ReplyCraftTest;
import com.replycraft.training.Exercise;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ReplyCraftTest
class GradingServiceTest {

  static final String EXERCISE = "ignored-wait-email";
  static final String IGNORES_THE_WAIT =
      "Hi Lucy, thank you for contacting us. We have arranged a replacement jug for order 50318,"
          + " which should arrive in 1-2 working days.";

  @Autowired GradingService grading;
  @Autowired TrainingCatalog catalog;
  @Autowired AssignmentService assignments;

  private static String someone() {
    return "trainee-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private Exercise exercise() {
    return catalog.find(EXERCISE).orElseThrow();
  }

  @Test
  void a_reply_that_ignores_a_four_day_wait_is_not_yet_with_the_exercises_note_about_it() {
    AttemptDetail attempt = grading.submit(someone(), EXERCISE, null, IGNORES_THE_WAIT, false);

    assertThat(attempt.grade().passed()).isFalse();
    assertThat(attempt.grade().verdict()).isEqualTo("not yet");
    assertThat(attempt.grade().failed("DELAY_NOT_ACKNOWLEDGED")).isTrue();
    assertThat(attempt.grade().feedback()).isNotEmpty();
    assertThat(attempt.grade().feedback().get(0).feedback()).contains("Lucy waited four days");
    assertThat(attempt.grade().modelReply()).isEqualTo(exercise().modelReply());
  }

  @Test
  void the_model_reply_passes_and_gets_no_mistake_notes() {
    AttemptDetail attempt =
        grading.submit(someone(), EXERCISE, null, exercise().modelReply(), false);

    assertThat(attempt.grade().passed()).isTrue();
    assertThat(attempt.grade().feedback()).isEmpty();
  }

  @Test
  void a_thanks_for_your_patience_reply_gets_the_note_about_weak_acknowledgement() {
    AttemptDetail attempt =
        grading.submit(
            someone(),
            EXERCISE,
            null,
            "Hi Lucy, thanks for your patience! A replacement jug for order 50318 is on its way.",
            false);

    assertThat(attempt.grade().passed()).isFalse();
    assertThat(attempt.grade().feedback().get(0).feedback()).contains("Thanks for your patience");
  }

  @Test
  void attempts_are_stored_newest_first_and_regraded_the_same_on_reading() {
    String agent = someone();
    AttemptDetail first = grading.submit(agent, EXERCISE, null, IGNORES_THE_WAIT, false);
    AttemptDetail second = grading.submit(agent, EXERCISE, null, exercise().modelReply(), false);

    assertThat(grading.history(agent, EXERCISE))
        .extracting(AttemptSummary::id, AttemptSummary::passed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(second.id(), true),
            org.assertj.core.groups.Tuple.tuple(first.id(), false));
    AttemptDetail read = grading.attempt(first.id()).orElseThrow();
    assertThat(read.grade().passed()).isFalse();
    assertThat(read.grade().score().scores()).isEqualTo(first.grade().score().scores());
  }

  @Test
  void practice_is_recorded_as_chosen_and_an_exam_assignment_forces_exam_mode() {
    String agent = someone();
    assertThat(grading.submit(agent, EXERCISE, null, IGNORES_THE_WAIT, true).examMode()).isTrue();
    assertThat(grading.submit(agent, EXERCISE, null, IGNORES_THE_WAIT, false).examMode()).isFalse();

    assignments.assign(
        new AssignmentRequest(
            java.util.List.of(EXERCISE), Set.of(agent), Set.of(), assignments.today(), true),
        "trainer");
    MyExercise assigned =
        assignments.myTraining(agent).stream()
            .filter(MyExercise::assigned)
            .findFirst()
            .orElseThrow();
    assertThat(grading.examForced(assigned.assignmentId())).isTrue();

    AttemptDetail attempt =
        grading.submit(agent, EXERCISE, assigned.assignmentId(), IGNORES_THE_WAIT, false);

    assertThat(attempt.examMode()).isTrue();
  }

  @Test
  void a_blank_reply_or_someone_elses_assignment_is_refused() {
    String agent = someone();
    assertThatThrownBy(() -> grading.submit(agent, EXERCISE, null, "  ", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Write a reply");

    assignments.assign(
        new AssignmentRequest(
            java.util.List.of(EXERCISE), Set.of(agent), Set.of(), assignments.today(), false),
        "trainer");
    long theirs =
        assignments.myTraining(agent).stream()
            .filter(MyExercise::assigned)
            .findFirst()
            .orElseThrow()
            .assignmentId();
    assertThatThrownBy(() -> grading.submit(someone(), EXERCISE, theirs, IGNORES_THE_WAIT, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_trainers_feedback_is_kept_with_the_attempt() {
    AttemptDetail attempt = grading.submit(someone(), EXERCISE, null, IGNORES_THE_WAIT, false);

    grading.giveFeedback(attempt.id(), "Name the wait in your first line.", "trainer");

    AttemptDetail read = grading.attempt(attempt.id()).orElseThrow();
    assertThat(read.trainerFeedback()).isEqualTo("Name the wait in your first line.");
    assertThat(read.feedbackBy()).isEqualTo("trainer");
  }

  @Test
  void without_an_llm_the_second_opinion_is_empty_and_says_why() throws Exception {
    assertThat(grading.judgeAvailable()).isFalse();

    var opinion = grading.secondOpinion(exercise(), IGNORES_THE_WAIT).get();

    assertThat(opinion.available()).isFalse();
    assertThat(opinion.notice()).contains("No AI provider");
  }
}
