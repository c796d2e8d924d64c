package com.replycraft.scoring.escalation.signal;

import com.replycraft.scoring.check.AnalyzedMessage;
import com.replycraft.scoring.escalation.ReasonCode;
import java.util.List;
import java.util.Optional;

/**
 * Worry short of distress ("I'm really worried", "this is so stressful"; {@code
 * escalation/worry.txt}). Not an escalation reason of its own: a reply should recognise it, but it
 * does not call for a call. Its hits carry the CUSTOMER_DISTRESSED code with category "worry".
 */
public final class WorrySignal {

  private static final CueLexicon WORRY = CueLexicon.named("escalation/worry");

  public Optional<SignalHit> detect(List<AnalyzedMessage> customerMessages) {
    return MessageCues.strongest(ReasonCode.CUSTOMER_DISTRESSED, customerMessages, WORRY, 1.0);
  }
}
