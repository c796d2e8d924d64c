package com.replycraft.scoring.escalation.signal;

import com.replycraft.scoring.check.ThreadView;
import com.replycraft.scoring.escalation.EscalationReason;
import com.replycraft.scoring.escalation.ReasonCode;
import com.replycraft.scoring.thread.Channel;
import java.util.Optional;

/**
 * PUBLIC_CHANNEL: the conversation is on a public social feed, where every other customer reads it.
 * It raises the stakes but alone is no reason to call; it shapes the offer (move to DM first).
 */
public final class PublicChannelSignal implements Signal {

  @Override
  public ReasonCode code() {
    return ReasonCode.PUBLIC_CHANNEL;
  }

  @Override
  public Optional<SignalHit> detect(ThreadView thread) {
    if (thread.channel() != Channel.SOCIAL_PUBLIC || !thread.hasCustomerMessages()) {
      return Optional.empty();
    }
    return Optional.of(
        new SignalHit(EscalationReason.of(code(), "public social media thread"), 0.5, null));
  }
}
