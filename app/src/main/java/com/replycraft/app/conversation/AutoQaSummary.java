package com.replycraft.app.conversation;

import com.replycraft.scoring.Severity;
import com.replycraft.scoring.escalation.Recommendation;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The stored auto-QA of a conversation, as the review queue and tests read it. */
public record AutoQaSummary(
    long conversationId,
    int overall,
    @Nullable Severity worstSeverity,
    Recommendation escalation,
    boolean breached,
    List<String> findingCodes,
    String threadFindingsJson,
    Instant auditedAt) {

  public AutoQaSummary {
    findingCodes = List.copyOf(findingCodes);
  }
}
