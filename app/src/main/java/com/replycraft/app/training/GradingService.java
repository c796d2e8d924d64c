package com.replycraft.app.training;

import com.replycraft.app.llm.LlmAssistant;
import com.replycraft.app.llm.SecondOpinion;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.Scorer;
import com.replycraft.training.CriterionResult;
import com.replycraft.training.Exercise;
import com.replycraft.training.Grade;
import com.replycraft.training.RubricGrader;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grades and stores attempts. The grade comes from the rubric and the rule scorer only; the LLM
 * judge, when one is configured, is a separate advisory opinion fetched off the caller's thread.
 */
@Service
public class GradingService {

  private final TrainingCatalog catalog;
  private final RubricGrader grader;
  private final Scorer scorer;
  private final AttemptRepository attempts;
  private final AssignmentRepository assignments;
  private final LlmAssistant assistant;
  private final Clock clock;

  GradingService(
      TrainingCatalog catalog,
      RubricGrader grader,
      Scorer scorer,
      AttemptRepository attempts,
      AssignmentRepository assignments,
      LlmAssistant assistant,
      Clock clock) {
    this.catalog = catalog;
    this.grader = grader;
    this.scorer = scorer;
    this.attempts = attempts;
    this.assignments = assignments;
    this.assistant = assistant;
    this.clock = clock;
  }

  /** The draft scored as the agent's reply at the exercise's moment (the live meters). */
  public ScoreResult liveScore(Exercise exercise, String draft) {
    return scorer.score(exercise.scoreRequest(draft));
  }

  /** Whether the assignment makes exam mode compulsory. */
  @Transactional(readOnly = true)
  public boolean examForced(@Nullable Long assignmentId) {
    return assignmentId != null
        && assignments.findById(assignmentId).map(Assignment::isExamMode).orElse(false);
  }

  /**
   * Grades the reply and stores the attempt. Exam mode is recorded as chosen, or forced when the
   * assignment requires it.
   *
   * @throws IllegalArgumentException when the reply is blank, the exercise unknown, or the
   *     assignment is someone else's
   */
  @Transactional
  public AttemptDetail submit(
      String username,
      String exerciseId,
      @Nullable Long assignmentId,
      String reply,
      boolean examMode) {
    if (reply.isBlank()) {
      throw new IllegalArgumentException("Write a reply before submitting.");
    }
    Exercise exercise =
        catalog
            .find(exerciseId)
            .orElseThrow(() -> new IllegalArgumentException("No exercise " + exerciseId));
    if (assignmentId != null) {
      Assignment assignment =
          assignments
              .findById(assignmentId)
              .filter(a -> a.getAssignee().equals(username) && a.getExerciseId().equals(exerciseId))
              .orElseThrow(
                  () -> new IllegalArgumentException("Assignment " + assignmentId + " not yours"));
      examMode = examMode || assignment.isExamMode();
    }
    Grade grade = grader.grade(exercise, reply);
    List<String> failed = grade.failed().stream().map(r -> r.criterion().key()).toList();
    Attempt attempt =
        attempts.save(
            new Attempt(
                exerciseId,
                username,
                assignmentId,
                reply,
                grade.passed(),
                examMode,
                grade.score().scores(),
                failed,
                clock.instant()));
    return detail(attempt, exercise, grade);
  }

  @Transactional(readOnly = true)
  public Optional<AttemptDetail> attempt(long attemptId) {
    return attempts
        .findById(attemptId)
        .flatMap(
            a ->
                catalog
                    .find(a.getExerciseId())
                    .map(e -> detail(a, e, grader.grade(e, a.getReply()))));
  }

  /** The agent's attempts at one exercise, newest first. */
  @Transactional(readOnly = true)
  public List<AttemptSummary> history(String username, String exerciseId) {
    return attempts.findByUsernameAndExerciseIdOrderBySubmittedAtDesc(username, exerciseId).stream()
        .map(this::summary)
        .toList();
  }

  /** A page of the agent's attempts, newest first (for a lazy grid). */
  @Transactional(readOnly = true)
  public List<AttemptSummary> attempts(String username, int offset, int limit) {
    int size = Math.max(1, limit);
    return attempts
        .findByUsernameOrderBySubmittedAtDesc(username, PageRequest.of(offset / size, size))
        .stream()
        .map(this::summary)
        .toList();
  }

  @Transactional(readOnly = true)
  public long countAttempts(String username) {
    return attempts.countByUsername(username);
  }

  /** The trainer's written note on an attempt; the agent sees it with the attempt. */
  @Transactional
  public void giveFeedback(long attemptId, String feedback, String trainer) {
    if (feedback.isBlank()) {
      throw new IllegalArgumentException("Write the feedback first.");
    }
    Attempt attempt =
        attempts
            .findById(attemptId)
            .orElseThrow(() -> new IllegalArgumentException("No attempt " + attemptId));
    attempt.giveFeedback(feedback.strip(), trainer, clock.instant());
  }

  public boolean judgeAvailable() {
    return assistant.enabled();
  }

  /**
   * The LLM's advisory opinion, computed on a pool thread; completes with an empty opinion and a
   * notice when no LLM is configured. Never part of the grade.
   */
  public CompletableFuture<SecondOpinion> secondOpinion(Exercise exercise, String reply) {
    if (!assistant.enabled()) {
      return CompletableFuture.completedFuture(
          new SecondOpinion(List.of(), "No AI provider is configured."));
    }
    return CompletableFuture.supplyAsync(() -> assistant.judge(exercise.scoreRequest(reply)));
  }

  private AttemptDetail detail(Attempt a, Exercise exercise, Grade grade) {
    return new AttemptDetail(
        a.getId(),
        a.getUsername(),
        exercise,
        grade,
        a.isExamMode(),
        a.getSubmittedAt(),
        a.getAssignmentId(),
        a.getTrainerFeedback(),
        a.getFeedbackBy());
  }

  private AttemptSummary summary(Attempt a) {
    String title = catalog.find(a.getExerciseId()).map(Exercise::title).orElse(a.getExerciseId());
    return new AttemptSummary(
        a.getId(),
        a.getUsername(),
        a.getExerciseId(),
        title,
        a.isPassed(),
        a.getScoreOverall(),
        a.isExamMode(),
        a.getSubmittedAt(),
        a.getTrainerFeedback() != null);
  }

  /** The criteria that failed, for short summaries. */
  static List<String> failedKeys(Grade grade) {
    return grade.failed().stream().map(CriterionResult::criterion).map(c -> c.key()).toList();
  }
}
