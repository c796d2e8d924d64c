package com.replycraft.scoring.escalation.signal;

import com.replycraft.scoring.check.ThreadView;
import com.replycraft.scoring.escalation.ReasonCode;
import java.util.Optional;

/**
 * URGENT: the matter cannot wait — an outage ("no internet", "power cut"), a deadline ("by
 * tomorrow", "flight tomorrow"), "urgent", "emergency" or a medical need. Weak cues ("today",
 * "tomorrow") count half, so "today" plus another cue fires but a passing "I called today" does
 * not. Cues in {@code escalation/urgency.txt}; "no rush" and "not urgent" are masked.
 */
public final class UrgencySignal implements Signal {

  private static final CueLexicon URGENCY = CueLexicon.named("escalation/urgency");

  @Override
  public ReasonCode code() {
    return ReasonCode.URGENT;
  }

  @Override
  public Optional<SignalHit> detect(ThreadView thread) {
    return MessageCues.strongest(code(), thread.customerMessages(), URGENCY, 1.0);
  }
}
