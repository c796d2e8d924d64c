package com.replycraft.app.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An exercise a trainer published, kept as the YAML the shipped files use. */
@Entity
@Table(name = "training_exercise")
class CustomExercise {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "exercise_id", nullable = false, unique = true, length = 80)
  private String exerciseId = "";

  @Column(nullable = false, length = 200)
  private String title = "";

  @Column(nullable = false, length = 60000)
  private String yaml = "";

  @Column(name = "source_conversation_id")
  private @Nullable Long sourceConversationId;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy = "";

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.EPOCH;

  protected CustomExercise() {}

  CustomExercise(
      String exerciseId,
      String title,
      String yaml,
      @Nullable Long sourceConversationId,
      String createdBy,
      Instant createdAt) {
    this.exerciseId = exerciseId;
    this.title = title;
    this.yaml = yaml;
    this.sourceConversationId = sourceConversationId;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  String getExerciseId() {
    return exerciseId;
  }

  String getYaml() {
    return yaml;
  }

  @Nullable Long getSourceConversationId() {
    return sourceConversationId;
  }

  String getCreatedBy() {
    return createdBy;
  }
}
