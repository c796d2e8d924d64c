package com.replycraft.app.review.queue;

import com.replycraft.scoring.thread.Channel;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the reviewer narrowed the queue to; every part is optional and the parts combine with AND.
 *
 * @param agentId the conversation's primary agent id (the one that wrote most replies)
 * @param from first day of the conversation's last message, inclusive (the app's time zone)
 * @param to last day of the conversation's last message, inclusive
 * @param minScore lowest auto-QA overall score, inclusive
 * @param maxScore highest auto-QA overall score, inclusive
 * @param findingCodes conversations with at least one of these finding codes (empty: any)
 * @param escalationMissed only conversations where a call was advised and not offered
 * @param only only these conversation ids (a spotlight sample), or null for all
 */
public record QueueFilter(
    @Nullable Channel channel,
    @Nullable String agentId,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    @Nullable Integer minScore,
    @Nullable Integer maxScore,
    Set<String> findingCodes,
    boolean escalationMissed,
    @Nullable Set<Long> only) {

  public static final QueueFilter ALL =
      new QueueFilter(null, null, null, null, null, null, Set.of(), false, null);

  public QueueFilter {
    findingCodes = Set.copyOf(findingCodes);
    only = only == null ? null : Set.copyOf(only);
  }

  public QueueFilter onlyThese(Set<Long> ids) {
    return new QueueFilter(
        channel, agentId, from, to, minScore, maxScore, findingCodes, escalationMissed, ids);
  }

  /** True when nothing narrows the queue. */
  public boolean isEmpty() {
    return equals(ALL);
  }
}
