package com.replycraft.app.review.calibration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One reviewer's rating of one category of one conversation in a session. */
@Entity
@Table(name = "calibration_rating")
class StoredRating {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "participant_id", nullable = false)
  private long participantId;

  @Column(name = "conversation_id", nullable = false)
  private long conversationId;

  @Column(name = "category_id", nullable = false)
  private long categoryId;

  /** Null for not applicable. */
  @Column(name = "points")
  private @Nullable Integer points;

  protected StoredRating() {}

  StoredRating(long participantId, long conversationId, long categoryId, @Nullable Integer points) {
    this.participantId = participantId;
    this.conversationId = conversationId;
    this.categoryId = categoryId;
    this.points = points;
  }

  long participantId() {
    return participantId;
  }

  long conversationId() {
    return conversationId;
  }

  long categoryId() {
    return categoryId;
  }

  @Nullable Integer points() {
    return points;
  }

  void setPoints(@Nullable Integer points) {
    this.points = points;
  }
}
