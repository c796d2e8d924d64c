package com.replycraft.app.review;

import com.replycraft.app.conversation.Conversation;
import com.replycraft.app.review.scorecard.Rating;
import com.replycraft.app.review.scorecard.ReviewScore;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;

/** A QA review of one conversation, made on one scorecard version; see {@link ReviewStatus}. */
@Entity
@Table(name = "review")
@Indexed(index = Review.SEARCH_INDEX)
class Review {

  /**
   * Review comments are searched beside conversation messages: this index maps the same field names
   * (text, text_exact, at, author, agentId, channel, conversationId, conversationRef, position,
   * worstSeverity), so one query covers both.
   */
  static final String SEARCH_INDEX = "review";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "conversation_id", nullable = false, unique = true)
  @GenericField(projectable = Projectable.YES)
  private long conversationId;

  /** Read-only: for the channel and help desk id that search shows beside a comment. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "conversation_id", insertable = false, updatable = false)
  private @Nullable Conversation conversation;

  @Column(name = "scorecard_version_id", nullable = false)
  private long scorecardVersionId;

  @Column(nullable = false, length = 40)
  private String reviewer = "";

  @Column(name = "agent_id", length = 100)
  @KeywordField(normalizer = "lowercase", projectable = Projectable.YES)
  private @Nullable String agentId;

  @Column(name = "agent_user_id")
  private @Nullable Long agentUserId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ReviewStatus status = ReviewStatus.DRAFT;

  private @Nullable Double score;

  @Column(name = "original_score")
  private @Nullable Double originalScore;

  @Column(name = "critical_failed", nullable = false)
  private boolean criticalFailed;

  @Column(name = "overall_comment", length = 4000)
  private @Nullable String overallComment;

  @Column(name = "dispute_comment", length = 4000)
  private @Nullable String disputeComment;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private @Nullable DisputeOutcome resolution;

  @Column(name = "resolution_reason", length = 4000)
  private @Nullable String resolutionReason;

  @Column(name = "resolved_by", length = 40)
  private @Nullable String resolvedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.EPOCH;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt = Instant.EPOCH;

  @Column(name = "submitted_at")
  private @Nullable Instant submittedAt;

  @Column(name = "answered_at")
  private @Nullable Instant answeredAt;

  @Column(name = "resolved_at")
  private @Nullable Instant resolvedAt;

  @Version
  @Column(nullable = false)
  private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "review_rating", joinColumns = @JoinColumn(name = "review_id"))
  private List<RatingRow> ratings = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "review_message_comment", joinColumns = @JoinColumn(name = "review_id"))
  @MapKeyColumn(name = "message_position")
  @Column(name = "comment", nullable = false, length = 4000)
  private Map<Integer, String> messageComments = new HashMap<>();

  protected Review() {}

  Review(
      long conversationId,
      long scorecardVersionId,
      String reviewer,
      @Nullable String agentId,
      @Nullable Long agentUserId,
      Instant now) {
    this.conversationId = conversationId;
    this.scorecardVersionId = scorecardVersionId;
    this.reviewer = reviewer;
    this.agentId = agentId;
    this.agentUserId = agentUserId;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Replaces ratings and comments; the caller has checked the status. */
  void fill(
      Map<Long, Rating> newRatings,
      Map<Integer, String> comments,
      @Nullable String overall,
      ReviewScore newScore,
      Instant now) {
    ratings.clear();
    newRatings.forEach((category, rating) -> ratings.add(new RatingRow(category, rating.point())));
    messageComments.clear();
    comments.forEach(
        (position, text) -> {
          if (text != null && !text.isBlank()) {
            messageComments.put(position, text.strip());
          }
        });
    this.overallComment = overall == null || overall.isBlank() ? null : overall.strip();
    this.score = newScore.value();
    this.criticalFailed = newScore.criticalFailed();
    this.updatedAt = now;
  }

  void moveTo(ReviewStatus target, Instant now) {
    if (!status.next().contains(target)) {
      throw new ReviewTransitionException(
          "This review is "
              + status.label().toLowerCase(java.util.Locale.ROOT)
              + ": it cannot become "
              + target.label().toLowerCase(java.util.Locale.ROOT));
    }
    switch (target) {
      case SUBMITTED -> submittedAt = now;
      case ACKNOWLEDGED, DISPUTED -> answeredAt = now;
      case RESOLVED -> resolvedAt = now;
      case DRAFT -> {}
    }
    this.status = target;
    this.updatedAt = now;
  }

  void dispute(String comment, Instant now) {
    moveTo(ReviewStatus.DISPUTED, now);
    this.disputeComment = comment.strip();
  }

  void resolve(
      DisputeOutcome outcome,
      String reason,
      String by,
      @Nullable ReviewScore newScore,
      Instant now) {
    moveTo(ReviewStatus.RESOLVED, now);
    this.resolution = outcome;
    this.resolutionReason = reason.strip();
    this.resolvedBy = by;
    if (newScore != null) {
      this.originalScore = score;
      this.score = newScore.value();
      this.criticalFailed = newScore.criticalFailed();
    }
  }

  void replaceRatings(Map<Long, Rating> newRatings) {
    ratings.clear();
    newRatings.forEach((category, rating) -> ratings.add(new RatingRow(category, rating.point())));
  }

  void linkAgentUser(@Nullable Long userId) {
    this.agentUserId = userId;
  }

  long id() {
    return id == null ? 0 : id;
  }

  long conversationId() {
    return conversationId;
  }

  long scorecardVersionId() {
    return scorecardVersionId;
  }

  String reviewer() {
    return reviewer;
  }

  @Nullable String agentId() {
    return agentId;
  }

  @Nullable Long agentUserId() {
    return agentUserId;
  }

  ReviewStatus status() {
    return status;
  }

  @Nullable Double score() {
    return score;
  }

  @Nullable Double originalScore() {
    return originalScore;
  }

  boolean criticalFailed() {
    return criticalFailed;
  }

  @Nullable String overallComment() {
    return overallComment;
  }

  @Nullable String disputeComment() {
    return disputeComment;
  }

  @Nullable DisputeOutcome resolution() {
    return resolution;
  }

  @Nullable String resolutionReason() {
    return resolutionReason;
  }

  @Nullable String resolvedBy() {
    return resolvedBy;
  }

  Instant updatedAt() {
    return updatedAt;
  }

  @Nullable Instant submittedAt() {
    return submittedAt;
  }

  long version() {
    return version;
  }

  Map<Long, Rating> ratings() {
    Map<Long, Rating> out = new LinkedHashMap<>();
    ratings.forEach(r -> out.put(r.categoryId(), new Rating(r.points())));
    return out;
  }

  Map<Integer, String> messageComments() {
    return Map.copyOf(messageComments);
  }

  // ---- search ---------------------------------------------------------------------------------

  /** Everything people wrote on the review: overall, per message, the dispute and its answer. */
  @FullTextField(
      name = "text",
      analyzer = "english",
      projectable = Projectable.YES,
      highlightable = {Highlightable.UNIFIED})
  @FullTextField(name = "text_exact", analyzer = "english_exact")
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "overallComment")),
        @ObjectPath(@PropertyValue(propertyName = "messageComments")),
        @ObjectPath(@PropertyValue(propertyName = "disputeComment")),
        @ObjectPath(@PropertyValue(propertyName = "resolutionReason"))
      })
  public String getSearchText() {
    List<String> parts = new ArrayList<>();
    if (overallComment != null) {
      parts.add(overallComment);
    }
    new TreeMap<>(messageComments).values().forEach(parts::add);
    if (disputeComment != null) {
      parts.add(disputeComment);
    }
    if (resolutionReason != null) {
      parts.add(resolutionReason);
    }
    return String.join("\n\n", parts);
  }

  @GenericField(name = "at", projectable = Projectable.YES, sortable = Sortable.YES)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "updatedAt")))
  public Instant getSearchAt() {
    return updatedAt;
  }

  @KeywordField(name = "channel", projectable = Projectable.YES)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public @Nullable Channel getSearchChannel() {
    return conversation == null ? null : conversation.getChannel();
  }

  @KeywordField(name = "conversationRef", projectable = Projectable.YES)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public @Nullable String getSearchConversationRef() {
    return conversation == null ? null : conversation.getExternalId();
  }

  /** A comment has no message author; the field exists so one query spans both indexes. */
  @KeywordField(name = "author", projectable = Projectable.YES)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public @Nullable Author getSearchAuthor() {
    return null;
  }

  @GenericField(name = "position", projectable = Projectable.YES)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public int getSearchPosition() {
    return -1;
  }

  @KeywordField(name = "worstSeverity", projectable = Projectable.YES)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public @Nullable Severity getSearchWorstSeverity() {
    return null;
  }
}
