package com.replycraft.app.review.queue;

import com.replycraft.scoring.Severity;
import com.replycraft.scoring.thread.Channel;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One conversation in the review queue.
 *
 * @param agentId the agent id that wrote most of its replies
 * @param score the auto-QA overall score
 * @param reasons why it ranks where it does, most weighty first
 * @param risk the stored queue risk (higher first)
 */
public record QueueRow(
    long id,
    @Nullable String externalId,
    Channel channel,
    String customer,
    @Nullable String agentId,
    @Nullable Instant lastMessageAt,
    @Nullable Integer score,
    @Nullable Severity worstSeverity,
    List<RiskReason> reasons,
    int risk) {

  public QueueRow {
    reasons = List.copyOf(reasons);
  }
}
