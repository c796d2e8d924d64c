package com.replycraft.scoring.escalation.signal;

import com.replycraft.scoring.check.ThreadView;
import com.replycraft.scoring.escalation.EscalationReason;
import com.replycraft.scoring.escalation.ReasonCode;
import com.replycraft.scoring.thread.WaitInfo;
import java.time.Duration;
import java.util.Optional;

/** RESPONSE_TARGET_BREACHED: the customer has waited longer than the response target. */
public final class BreachedWaitSignal implements Signal {

  @Override
  public ReasonCode code() {
    return ReasonCode.RESPONSE_TARGET_BREACHED;
  }

  @Override
  public Optional<SignalHit> detect(ThreadView thread) {
    WaitInfo wait = thread.waitInfo();
    if (!wait.breached()) {
      return Optional.empty();
    }
    long ratio =
        wait.responseTarget().isZero()
            ? 10
            : wait.customerWaited().toSeconds() / Math.max(1, wait.responseTarget().toSeconds());
    String evidence =
        "waited "
            + human(wait.customerWaited())
            + " against a "
            + human(wait.responseTarget())
            + " target";
    return Optional.of(
        new SignalHit(
            EscalationReason.of(code(), evidence),
            ratio >= 3 ? 0.9 : ratio >= 2 ? 0.7 : 0.5,
            null));
  }

  /** "3 days", "5 hours", "40 minutes". */
  static String human(Duration duration) {
    if (duration.toDays() >= 2) {
      return duration.toDays() + " days";
    }
    if (duration.toHours() >= 1) {
      long hours = duration.toHours();
      return hours + (hours == 1 ? " hour" : " hours");
    }
    long minutes = Math.max(1, duration.toMinutes());
    return minutes + (minutes == 1 ? " minute" : " minutes");
  }
}
