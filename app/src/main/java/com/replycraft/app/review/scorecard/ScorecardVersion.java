package com.replycraft.app.review.scorecard;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One published, immutable version of a scorecard: what a review is made with.
 *
 * @param number 1 for the first version, +1 per published edit
 */
public record ScorecardVersion(
    long id,
    long scorecardId,
    String scorecardName,
    int number,
    Instant publishedAt,
    String publishedBy,
    List<ScorecardCategory> categories) {

  public ScorecardVersion {
    categories = List.copyOf(categories);
  }

  public Optional<ScorecardCategory> category(long categoryId) {
    return categories.stream().filter(c -> c.id() == categoryId).findFirst();
  }

  /** "Async written quality v2". */
  public String label() {
    return scorecardName + " v" + number;
  }
}
