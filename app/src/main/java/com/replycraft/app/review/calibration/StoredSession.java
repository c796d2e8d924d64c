package com.replycraft.app.review.calibration;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A calibration session: its conversations, its reviewers and the auto-QA's ratings. */
@Entity
@Table(name = "calibration_session")
class StoredSession {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(nullable = false, length = 120)
  private String name = "";

  @Column(name = "scorecard_version_id", nullable = false)
  private long scorecardVersionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private SessionStatus status = SessionStatus.OPEN;

  @Column(name = "created_by", nullable = false, length = 40)
  private String createdBy = "";

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.EPOCH;

  @Column(name = "closed_at")
  private @Nullable Instant closedAt;

  @Version
  @Column(nullable = false)
  private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "calibration_conversation",
      joinColumns = @JoinColumn(name = "session_id"))
  @OrderColumn(name = "position")
  @Column(name = "conversation_id", nullable = false)
  private List<Long> conversationIds = new ArrayList<>();

  @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @OrderBy("username")
  private List<StoredParticipant> participants = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "calibration_auto_rating", joinColumns = @JoinColumn(name = "session_id"))
  private List<AutoRating> autoRatings = new ArrayList<>();

  protected StoredSession() {}

  StoredSession(
      String name,
      long scorecardVersionId,
      String createdBy,
      Instant createdAt,
      List<Long> conversationIds,
      List<String> reviewers,
      List<AutoRating> autoRatings) {
    this.name = name;
    this.scorecardVersionId = scorecardVersionId;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.conversationIds.addAll(conversationIds);
    reviewers.forEach(r -> participants.add(new StoredParticipant(this, r)));
    this.autoRatings.addAll(autoRatings);
  }

  long id() {
    return id == null ? 0 : id;
  }

  String name() {
    return name;
  }

  long scorecardVersionId() {
    return scorecardVersionId;
  }

  SessionStatus status() {
    return status;
  }

  String createdBy() {
    return createdBy;
  }

  Instant createdAt() {
    return createdAt;
  }

  @Nullable Instant closedAt() {
    return closedAt;
  }

  /** In the order they were chosen; a conversation deleted since leaves no gap. */
  List<Long> conversationIds() {
    return conversationIds.stream().filter(Objects::nonNull).toList();
  }

  List<StoredParticipant> participants() {
    return participants;
  }

  Optional<StoredParticipant> participant(String username) {
    return participants.stream().filter(p -> p.username().equals(username)).findFirst();
  }

  List<AutoRating> autoRatings() {
    return autoRatings;
  }

  void close(Instant at) {
    this.status = SessionStatus.CLOSED;
    this.closedAt = at;
  }
}
