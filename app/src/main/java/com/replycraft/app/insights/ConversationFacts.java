package com.replycraft.app.insights;

import com.replycraft.scoring.thread.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one conversation contributes to the KPIs, derived once when it is stored: a row for the
 * conversation, one per customer message, one per audited reply, one per finding code. Durations in
 * seconds; business-time values equal the calendar ones on a channel staffed around the clock.
 */
record ConversationFacts(
    Conversation conversation,
    List<Response> responses,
    List<Quality> quality,
    List<String> findingCodes) {

  ConversationFacts {
    responses = List.copyOf(responses);
    quality = List.copyOf(quality);
    findingCodes = List.copyOf(findingCodes);
  }

  /**
   * @param agentId the primary agent: who wrote most replies (the first of them on a tie)
   * @param cycleSeconds first customer message to the last agent reply or the customer's closing
   *     thanks, whichever is later; null when neither happened
   * @param silentDrop the last message is an agent reply that came after the target was breached
   *     and the customer never wrote again
   */
  record Conversation(
      long conversationId,
      Channel channel,
      @Nullable String agentId,
      Instant startedAt,
      LocalDate localDay,
      @Nullable Long firstResponseSeconds,
      @Nullable Long firstResponseBusinessSeconds,
      @Nullable Long cycleSeconds,
      boolean resolved,
      boolean silentDrop,
      boolean escalationRecommended,
      boolean escalationOffered) {}

  /**
   * One customer message.
   *
   * @param agentId who answered it, or the primary agent when nobody did
   * @param firstTurn the message is part of the customer's opening turn (first response)
   * @param turnStart nothing of the customer's was waiting when it came (a new turn: next response)
   * @param closing an unanswered thanks or confirmation that needs no answer (left out of
   *     adherence)
   * @param withinTarget answered within the channel's target; null when not answered
   */
  record Response(
      int position,
      @Nullable String agentId,
      Instant customerAt,
      @Nullable Instant answeredAt,
      Instant dueAt,
      LocalDate localDay,
      @Nullable Long waitSeconds,
      @Nullable Long businessWaitSeconds,
      boolean firstTurn,
      boolean turnStart,
      boolean closing,
      @Nullable Boolean withinTarget,
      @Nullable Boolean withinTargetBusiness) {}

  /** The auto-QA scores of one agent or bot message. */
  record Quality(
      int position,
      @Nullable String agentId,
      LocalDate localDay,
      int overall,
      @Nullable Integer tone,
      @Nullable Integer clarity,
      @Nullable Integer delay,
      @Nullable Integer empathy,
      @Nullable Integer channelFit) {}
}
