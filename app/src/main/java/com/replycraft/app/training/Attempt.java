package com.replycraft.app.training;

import com.replycraft.scoring.Dimension;
import com.replycraft.scoring.Scores;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A submitted attempt: the reply as written, its grade and scores, and the trainer's feedback. */
@Entity
@Table(name = "training_attempt")
class Attempt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "exercise_id", nullable = false, length = 80)
  private String exerciseId = "";

  @Column(nullable = false, length = 100)
  private String username = "";

  @Column(name = "assignment_id")
  private @Nullable Long assignmentId;

  @Column(nullable = false, length = 20000)
  private String reply = "";

  @Column(nullable = false)
  private boolean passed;

  @Column(name = "exam_mode", nullable = false)
  private boolean examMode;

  @Column(name = "score_overall", nullable = false)
  private int scoreOverall;

  @Column(name = "score_tone")
  private @Nullable Integer scoreTone;

  @Column(name = "score_clarity")
  private @Nullable Integer scoreClarity;

  @Column(name = "score_delay")
  private @Nullable Integer scoreDelay;

  @Column(name = "score_empathy")
  private @Nullable Integer scoreEmpathy;

  @Column(name = "score_channel_fit")
  private @Nullable Integer scoreChannelFit;

  /** The keys of the failed criteria, space-separated (see {@code Criterion.key()}). */
  @Column(name = "failed_criteria", nullable = false, length = 1000)
  private String failedCriteria = "";

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt = Instant.EPOCH;

  @Column(name = "trainer_feedback", length = 5000)
  private @Nullable String trainerFeedback;

  @Column(name = "feedback_by", length = 100)
  private @Nullable String feedbackBy;

  @Column(name = "feedback_at")
  private @Nullable Instant feedbackAt;

  protected Attempt() {}

  Attempt(
      String exerciseId,
      String username,
      @Nullable Long assignmentId,
      String reply,
      boolean passed,
      boolean examMode,
      Scores scores,
      List<String> failedCriteria,
      Instant submittedAt) {
    this.exerciseId = exerciseId;
    this.username = username;
    this.assignmentId = assignmentId;
    this.reply = reply;
    this.passed = passed;
    this.examMode = examMode;
    this.scoreOverall = scores.overall();
    this.scoreTone = scores.tone();
    this.scoreClarity = scores.clarity();
    this.scoreDelay = scores.delayAcknowledgement();
    this.scoreEmpathy = scores.empathy();
    this.scoreChannelFit = scores.channelFit();
    this.failedCriteria = String.join(" ", failedCriteria);
    this.submittedAt = submittedAt;
  }

  void giveFeedback(String text, String by, Instant at) {
    this.trainerFeedback = text;
    this.feedbackBy = by;
    this.feedbackAt = at;
  }

  long getId() {
    return id == null ? 0 : id;
  }

  String getExerciseId() {
    return exerciseId;
  }

  String getUsername() {
    return username;
  }

  @Nullable Long getAssignmentId() {
    return assignmentId;
  }

  String getReply() {
    return reply;
  }

  boolean isPassed() {
    return passed;
  }

  boolean isExamMode() {
    return examMode;
  }

  int getScoreOverall() {
    return scoreOverall;
  }

  @Nullable Integer score(Dimension dimension) {
    return switch (dimension) {
      case TONE -> scoreTone;
      case CLARITY -> scoreClarity;
      case DELAY_ACKNOWLEDGEMENT -> scoreDelay;
      case EMPATHY -> scoreEmpathy;
      case CHANNEL_FIT -> scoreChannelFit;
    };
  }

  List<String> getFailedCriteria() {
    return failedCriteria.isBlank() ? List.of() : Arrays.asList(failedCriteria.split(" "));
  }

  Instant getSubmittedAt() {
    return submittedAt;
  }

  @Nullable String getTrainerFeedback() {
    return trainerFeedback;
  }

  @Nullable String getFeedbackBy() {
    return feedbackBy;
  }

  @Nullable Instant getFeedbackAt() {
    return feedbackAt;
  }
}
