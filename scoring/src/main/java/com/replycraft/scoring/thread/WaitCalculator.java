package com.replycraft.scoring.thread;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Measures the wait the customer lived through: calendar time from their oldest message that no
 * agent or bot has answered yet to the moment of the reply. It is deliberately not an SLA clock
 * that pauses out of hours: the customer's experience does not pause.
 */
public final class WaitCalculator {

  private WaitCalculator() {}

  /**
   * @param before the messages before the reply, in thread order
   * @param replyAt when the reply is (or was) sent
   */
  public static WaitInfo waitBefore(List<Message> before, Instant replyAt, Duration target) {
    Instant oldestUnanswered = null;
    for (Message message : before) {
      if (message.author() == Author.CUSTOMER) {
        if (oldestUnanswered == null) {
          oldestUnanswered = message.at();
        }
      } else if (message.author() == Author.AGENT) {
        // A bot turn does not answer the customer: the wait goes on until a person replies.
        oldestUnanswered = null;
      }
    }
    if (oldestUnanswered == null || replyAt.isBefore(oldestUnanswered)) {
      return WaitInfo.none(target);
    }
    Duration waited = Duration.between(oldestUnanswered, replyAt);
    return new WaitInfo(waited, target, waited.compareTo(target) > 0);
  }
}
