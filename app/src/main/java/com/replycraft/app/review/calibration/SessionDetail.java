package com.replycraft.app.review.calibration;

import com.replycraft.app.review.scorecard.ScorecardVersion;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A session as one viewer may see it: never another reviewer's ratings (see {@link
 * CalibrationService#results}).
 */
public record SessionDetail(
    long id,
    String name,
    ScorecardVersion scorecard,
    SessionStatus status,
    String createdBy,
    Instant createdAt,
    @Nullable Instant closedAt,
    List<Item> conversations,
    List<Participant> participants) {

  public SessionDetail {
    conversations = List.copyOf(conversations);
    participants = List.copyOf(participants);
  }

  /** A conversation of the session and how people know it. */
  public record Item(long conversationId, String label) {}

  /** An invited reviewer's progress: how many ratings are in, not what they are. */
  public record Participant(String username, int rated, int needed, boolean submitted) {}

  public @Nullable Participant participant(String username) {
    return participants.stream()
        .filter(p -> p.username().equals(username))
        .findFirst()
        .orElse(null);
  }

  public boolean open() {
    return status == SessionStatus.OPEN;
  }
}
