package com.replycraft.app.review.calibration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A reviewer invited to a session; submitted once all their ratings are in and final. */
@Entity
@Table(name = "calibration_participant")
class StoredParticipant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id", nullable = false)
  private @Nullable StoredSession session;

  @Column(nullable = false, length = 40)
  private String username = "";

  @Column(name = "submitted_at")
  private @Nullable Instant submittedAt;

  protected StoredParticipant() {}

  StoredParticipant(StoredSession session, String username) {
    this.session = session;
    this.username = username;
  }

  long id() {
    return id == null ? 0 : id;
  }

  String username() {
    return username;
  }

  boolean submitted() {
    return submittedAt != null;
  }

  @Nullable Instant submittedAt() {
    return submittedAt;
  }

  void submit(Instant at) {
    this.submittedAt = at;
  }
}
