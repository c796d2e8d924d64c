package com.replycraft.app.review.scorecard;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Reads scorecards and publishes edits as new versions. The default scorecard (the first one,
 * seeded by the migration) is what new reviews use.
 */
@Service
@Validated
public class ScorecardService {

  private final ScorecardRepository scorecards;
  private final VersionRepository versions;
  private final Clock clock;

  ScorecardService(ScorecardRepository scorecards, VersionRepository versions, Clock clock) {
    this.scorecards = scorecards;
    this.versions = versions;
    this.clock = clock;
  }

  /** Every scorecard with its current version, oldest scorecard first. */
  @Transactional(readOnly = true)
  public List<ScorecardSummary> scorecards() {
    return scorecards.findAllByOrderByIdAsc().stream()
        .map(s -> new ScorecardSummary(s.id(), s.name(), latest(s.id())))
        .toList();
  }

  /** The current version of the default scorecard: what a new review is made with. */
  @Transactional(readOnly = true)
  public ScorecardVersion current() {
    StoredScorecard first =
        scorecards.findAllByOrderByIdAsc().stream()
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no scorecard: the migration seeds one"));
    return latest(first.id());
  }

  /** The current (latest published) version of a scorecard. */
  @Transactional(readOnly = true)
  public ScorecardVersion current(long scorecardId) {
    return latest(scorecardId);
  }

  /** A version by id, current or not: the one a review was made with. */
  @Transactional(readOnly = true)
  public Optional<ScorecardVersion> version(long versionId) {
    return versions.findById(versionId).map(StoredVersion::toVersion);
  }

  /** Every version of a scorecard, newest first. */
  @Transactional(readOnly = true)
  public List<ScorecardVersion> versions(long scorecardId) {
    return versions.findAllOf(scorecardId).stream().map(StoredVersion::toVersion).toList();
  }

  /**
   * Publishes an edit of a scorecard as its next version; earlier versions (and the reviews made
   * with them) stay as they were.
   */
  @Transactional
  public ScorecardVersion publish(
      long scorecardId, List<@Valid CategoryDraft> categories, String publishedBy) {
    StoredScorecard scorecard =
        scorecards
            .findById(scorecardId)
            .orElseThrow(() -> new NoSuchElementException("no scorecard " + scorecardId));
    requireUsable(categories);
    int next = versions.findLatest(scorecardId).map(StoredVersion::number).orElse(0) + 1;
    StoredVersion version =
        new StoredVersion(scorecard, next, clock.instant(), publishedBy, categories);
    return versions.saveAndFlush(version).toVersion();
  }

  /** Creates a scorecard with its first version. */
  @Transactional
  public ScorecardVersion create(
      String name, List<@Valid CategoryDraft> categories, String publishedBy) {
    String trimmed = name.strip();
    if (trimmed.isEmpty()) {
      throw new ScorecardRuleException("Give the scorecard a name");
    }
    if (scorecards.findByName(trimmed).isPresent()) {
      throw new ScorecardRuleException("A scorecard named \"" + trimmed + "\" exists already");
    }
    requireUsable(categories);
    StoredScorecard scorecard =
        scorecards.saveAndFlush(new StoredScorecard(trimmed, clock.instant()));
    return versions
        .saveAndFlush(new StoredVersion(scorecard, 1, clock.instant(), publishedBy, categories))
        .toVersion();
  }

  private ScorecardVersion latest(long scorecardId) {
    return versions
        .findLatest(scorecardId)
        .map(StoredVersion::toVersion)
        .orElseThrow(
            () -> new NoSuchElementException("scorecard " + scorecardId + " has no version"));
  }

  private static void requireUsable(List<CategoryDraft> categories) {
    if (categories.isEmpty()) {
      throw new ScorecardRuleException("A scorecard needs at least one category");
    }
    Set<String> names = new HashSet<>();
    for (CategoryDraft c : categories) {
      if (c.name() == null || c.name().isBlank()) {
        throw new ScorecardRuleException("Every category needs a name");
      }
      if (!names.add(c.name().strip().toLowerCase(Locale.ROOT))) {
        throw new ScorecardRuleException("Two categories are named \"" + c.name().strip() + "\"");
      }
      if (c.weight() < 1 || c.weight() > 100) {
        throw new ScorecardRuleException("Weight of \"" + c.name().strip() + "\" must be 1 to 100");
      }
    }
  }
}
