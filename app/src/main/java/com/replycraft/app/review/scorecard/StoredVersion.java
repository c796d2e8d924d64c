package com.replycraft.app.review.scorecard;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** A published version: written once, never updated (reviews point at it). */
@Entity
@Immutable
@Table(name = "scorecard_version")
class StoredVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "scorecard_id", nullable = false)
  private @Nullable StoredScorecard scorecard;

  @Column(name = "version_number", nullable = false)
  private int number;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt = Instant.EPOCH;

  @Column(name = "published_by", nullable = false, length = 40)
  private String publishedBy = "";

  @OneToMany(mappedBy = "version", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
  @OrderBy("position")
  private List<StoredCategory> categories = new ArrayList<>();

  protected StoredVersion() {}

  StoredVersion(
      StoredScorecard scorecard,
      int number,
      Instant publishedAt,
      String publishedBy,
      List<CategoryDraft> drafts) {
    this.scorecard = scorecard;
    this.number = number;
    this.publishedAt = publishedAt;
    this.publishedBy = publishedBy;
    for (int i = 0; i < drafts.size(); i++) {
      categories.add(new StoredCategory(this, i, drafts.get(i)));
    }
  }

  int number() {
    return number;
  }

  ScorecardVersion toVersion() {
    StoredScorecard owner = scorecard;
    if (owner == null || id == null) {
      throw new IllegalStateException("version not stored yet");
    }
    return new ScorecardVersion(
        id,
        owner.id(),
        owner.name(),
        number,
        publishedAt,
        publishedBy,
        categories.stream().map(StoredCategory::toCategory).toList());
  }
}
