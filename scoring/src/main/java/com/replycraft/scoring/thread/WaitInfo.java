package com.replycraft.scoring.thread;

import java.time.Duration;

/**
 * How long the customer has waited for this reply, against the response target.
 *
 * @param customerWaited calendar time from the oldest unanswered customer message to the reply
 * @param breached {@code customerWaited > responseTarget}: an acknowledgement of the wait is owed
 */
public record WaitInfo(Duration customerWaited, Duration responseTarget, boolean breached) {

  public static WaitInfo none(Duration responseTarget) {
    return new WaitInfo(Duration.ZERO, responseTarget, false);
  }
}
