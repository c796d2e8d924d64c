package com.replycraft.app.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One exercise given to one agent, possibly as one step of a sequence given to a team. */
@Entity
@Table(name = "training_assignment")
class Assignment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "batch_id", nullable = false, length = 40)
  private String batchId = "";

  @Column(name = "exercise_id", nullable = false, length = 80)
  private String exerciseId = "";

  @Column(name = "sequence_position", nullable = false)
  private int sequencePosition;

  @Column(nullable = false, length = 100)
  private String assignee = "";

  @Column(name = "via_team", length = 100)
  private @Nullable String viaTeam;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate = LocalDate.EPOCH;

  @Column(name = "exam_mode", nullable = false)
  private boolean examMode;

  @Column(name = "assigned_by", nullable = false, length = 100)
  private String assignedBy = "";

  @Column(name = "assigned_at", nullable = false)
  private Instant assignedAt = Instant.EPOCH;

  protected Assignment() {}

  Assignment(
      String batchId,
      String exerciseId,
      int sequencePosition,
      String assignee,
      @Nullable String viaTeam,
      LocalDate dueDate,
      boolean examMode,
      String assignedBy,
      Instant assignedAt) {
    this.batchId = batchId;
    this.exerciseId = exerciseId;
    this.sequencePosition = sequencePosition;
    this.assignee = assignee;
    this.viaTeam = viaTeam;
    this.dueDate = dueDate;
    this.examMode = examMode;
    this.assignedBy = assignedBy;
    this.assignedAt = assignedAt;
  }

  long getId() {
    return id == null ? 0 : id;
  }

  String getBatchId() {
    return batchId;
  }

  String getExerciseId() {
    return exerciseId;
  }

  int getSequencePosition() {
    return sequencePosition;
  }

  String getAssignee() {
    return assignee;
  }

  @Nullable String getViaTeam() {
    return viaTeam;
  }

  LocalDate getDueDate() {
    return dueDate;
  }

  boolean isExamMode() {
    return examMode;
  }

  String getAssignedBy() {
    return assignedBy;
  }

  Instant getAssignedAt() {
    return assignedAt;
  }
}
