package com.replycraft.scoring.escalation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The advisor's judgement on a thread.
 *
 * @param confidence how sure the advisor is of the recommendation, 0..1
 * @param offerText a channel-appropriate sentence offering a call or live chat, when advised
 */
public record EscalationAdvice(
    Recommendation recommendation,
    double confidence,
    List<EscalationReason> reasons,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String offerText) {

  public EscalationAdvice {
    reasons = List.copyOf(reasons);
  }

  public boolean has(ReasonCode code) {
    return reasons.stream().anyMatch(r -> r.code() == code);
  }
}
