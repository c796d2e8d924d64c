package com.replycraft.app.review.scorecard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A named scorecard; its content lives in its versions. */
@Entity
@Table(name = "scorecard")
class StoredScorecard {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(nullable = false, unique = true, length = 120)
  private String name = "";

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.EPOCH;

  protected StoredScorecard() {}

  StoredScorecard(String name, Instant createdAt) {
    this.name = name;
    this.createdAt = createdAt;
  }

  long id() {
    return id == null ? 0 : id;
  }

  String name() {
    return name;
  }
}
