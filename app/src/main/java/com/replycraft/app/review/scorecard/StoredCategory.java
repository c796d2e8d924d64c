package com.replycraft.app.review.scorecard;

import com.replycraft.scoring.Dimension;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** A category of one published version. */
@Entity
@Immutable
@Table(name = "scorecard_category")
class StoredCategory {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "version_id", nullable = false)
  private @Nullable StoredVersion version;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 120)
  private String name = "";

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private @Nullable Dimension dimension;

  @Column(nullable = false)
  private int weight;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RatingScale scale = RatingScale.FIVE_POINT;

  @Column(name = "na_allowed", nullable = false)
  private boolean naAllowed;

  @Column(nullable = false)
  private boolean critical;

  protected StoredCategory() {}

  StoredCategory(StoredVersion version, int position, CategoryDraft draft) {
    this.version = version;
    this.position = position;
    this.name = draft.name().strip();
    this.dimension = draft.dimension();
    this.weight = draft.weight();
    this.scale = draft.scale();
    this.naAllowed = draft.naAllowed();
    this.critical = draft.critical();
  }

  ScorecardCategory toCategory() {
    return new ScorecardCategory(
        id == null ? 0 : id, position, name, dimension, weight, scale, naAllowed, critical);
  }
}
