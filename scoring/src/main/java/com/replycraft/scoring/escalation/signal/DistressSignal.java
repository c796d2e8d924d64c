package com.replycraft.scoring.escalation.signal;

import com.replycraft.scoring.check.AnalyzedMessage;
import com.replycraft.scoring.check.ThreadView;
import com.replycraft.scoring.escalation.ReasonCode;
import java.util.List;
import java.util.Optional;

/**
 * CUSTOMER_DISTRESSED: a customer in a vulnerable situation — bereavement, illness or hospital,
 * financial hardship ("can't afford", "lost my job"), safety or domestic violence, fear and
 * desperation, age or disability. Cues and their kind ({@code category}) live in {@code
 * escalation/distress.txt}; a message fires when its cues add up to 1. Negated ("I'm not scared")
 * and quoted cues do not count.
 */
public final class DistressSignal implements Signal {

  private static final CueLexicon DISTRESS = CueLexicon.named("escalation/distress");

  @Override
  public ReasonCode code() {
    return ReasonCode.CUSTOMER_DISTRESSED;
  }

  private static final Object MEMO_KEY = new Object();

  /**
   * Over every customer message of the view; computed once per view (the advisor and {@code
   * CustomerMood.of} both ask).
   */
  @Override
  public Optional<SignalHit> detect(ThreadView thread) {
    return thread.memo().get(MEMO_KEY, () -> detect(thread.customerMessages()));
  }

  public Optional<SignalHit> detect(List<AnalyzedMessage> customerMessages) {
    return MessageCues.strongest(code(), customerMessages, DISTRESS, 1.0);
  }
}
