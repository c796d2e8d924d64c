package com.replycraft.app.search;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a rebuild of the search index stands.
 *
 * @param state idle (never rebuilt since start-up), running, done or failed
 * @param indexed documents written so far
 * @param total documents to write (0 until the indexer has counted them)
 * @param finishedAt when the last rebuild ended
 * @param took how long the last rebuild took
 * @param error why the last rebuild failed
 */
public record IndexStatus(
    State state,
    long indexed,
    long total,
    @Nullable Instant finishedAt,
    @Nullable Duration took,
    @Nullable String error) {

  /** The states of a rebuild. */
  public enum State {
    IDLE,
    RUNNING,
    DONE,
    FAILED
  }

  static final IndexStatus IDLE = new IndexStatus(State.IDLE, 0, 0, null, null, null);

  public boolean running() {
    return state == State.RUNNING;
  }

  /** Progress from 0 to 1 (0 while the total is not known yet). */
  public double fraction() {
    return total <= 0 ? 0 : Math.min(1.0, (double) indexed / total);
  }
}
