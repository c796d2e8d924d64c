package com.replycraft.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.FindingCode;
import org.junit.jupiter.api.Test;

class RubricGraderTest {

  static final ExerciseCatalog CATALOG = ExerciseCatalog.load();
  static final RubricGrader GRADER = RubricGrader.create();

  @Test
  void an_attempt_that_ignores_a_four_day_wait_is_not_yet_passed_and_gets_the_matching_note() {
    Exercise exercise = CATALOG.find("ignored-wait-email").orElseThrow();
    Grade grade =
        GRADER.grade(
            exercise,
            "Hi Lucy, a replacement jug for order 50318 ships by express post today and arrives"
                + " by Tuesday.");
    assertThat(grade.passed()).isFalse();
    assertThat(grade.verdict()).isEqualTo("not yet");
    assertThat(grade.failed("ACKNOWLEDGES_WAIT")).isTrue();
    assertThat(grade.failed("APOLOGISES")).isTrue();
    assertThat(grade.failed("USES_THREAD_DETAILS")).isFalse();
    assertThat(grade.modelReply()).isEqualTo(exercise.modelReply());
    assertThat(grade.feedback()).isNotEmpty();
    assertThat(grade.feedback().get(0).codes()).contains("ACKNOWLEDGES_WAIT", "APOLOGISES");
    assertThat(grade.score().waitInfo().breached()).isTrue();
  }

  @Test
  void a_retry_that_owns_the_wait_passes_and_shows_no_feedback() {
    Exercise exercise = CATALOG.find("ignored-wait-email").orElseThrow();
    Grade grade =
        GRADER.grade(
            exercise,
            "Hi Lucy, I'm sorry you've waited four days for a reply. I've sent a new jug for order"
                + " 50318 by express post today.");
    assertThat(grade.passed()).as("%s", grade.failed()).isTrue();
    assertThat(grade.verdict()).isEqualTo("pass");
    assertThat(grade.feedback()).isEmpty();
  }

  @Test
  void scores_the_attempt_at_the_exercise_reply_time_so_the_wait_is_the_thread_s() {
    Exercise exercise = CATALOG.find("late-disclosure-messaging").orElseThrow();
    Grade grade = GRADER.grade(exercise, "Hi Dana, how can I help?");
    assertThat(grade.score().waitInfo().customerWaited().toHours()).isEqualTo(72);
  }

  @Test
  void a_vague_time_fails_the_absent_finding_criterion_with_the_finding_attached() {
    Exercise exercise = CATALOG.find("vague-refund-email").orElseThrow();
    Grade grade =
        GRADER.grade(exercise, "Hi Hannah, your refund for the green wool coat will arrive soon.");
    CriterionResult vague =
        grade.criteria().stream()
            .filter(c -> c.criterion().key().equals("VAGUE_TIMEFRAME"))
            .findFirst()
            .orElseThrow();
    assertThat(vague.passed()).isFalse();
    assertThat(vague.findings())
        .extracting(f -> f.code())
        .containsOnly(FindingCode.VAGUE_TIMEFRAME);
    assertThat(grade.feedback()).isNotEmpty();
  }

  @Test
  void a_found_element_carries_its_evidence_span() {
    Exercise exercise = CATALOG.find("vague-refund-email").orElseThrow();
    String attempt = "Hi Hannah, the $249 will be back on your card by Friday 7 November.";
    CriterionResult time =
        GRADER.grade(exercise, attempt).criteria().stream()
            .filter(c -> c.criterion().key().equals("GIVES_CONCRETE_TIME"))
            .findFirst()
            .orElseThrow();
    assertThat(time.passed()).isTrue();
    assertThat(attempt.substring(time.evidence().start(), time.evidence().end()))
        .isEqualTo("Friday");
  }
}
