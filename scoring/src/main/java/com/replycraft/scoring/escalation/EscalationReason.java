package com.replycraft.scoring.escalation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One signal behind the advice, with the words that show it.
 *
 * @param evidence the customer's words (or a description of the thread's shape)
 * @param messageIndex the thread message the evidence comes from, when it comes from one
 * @param start start of the evidence in that message
 * @param end end of the evidence in that message
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EscalationReason(
    ReasonCode code,
    String evidence,
    @Nullable Integer messageIndex,
    @Nullable Integer start,
    @Nullable Integer end) {

  public static EscalationReason of(ReasonCode code, String evidence) {
    return new EscalationReason(code, evidence, null, null, null);
  }
}
