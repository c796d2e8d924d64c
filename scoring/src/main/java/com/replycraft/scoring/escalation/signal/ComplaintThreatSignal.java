package com.replycraft.scoring.escalation.signal;

import com.replycraft.scoring.check.ThreadView;
import com.replycraft.scoring.escalation.ReasonCode;
import java.util.Optional;

/**
 * CHURN_OR_COMPLAINT_THREAT: the customer threatens to cancel, switch to a competitor, complain to
 * an ombudsman or regulator, get a lawyer, go to the media or post bad reviews. Cues in {@code
 * escalation/complaint-threat.txt}; "I'm not going to cancel" does not count, and cancelling a
 * single order counts less than cancelling the account.
 */
public final class ComplaintThreatSignal implements Signal {

  private static final CueLexicon THREATS = CueLexicon.named("escalation/complaint-threat");

  @Override
  public ReasonCode code() {
    return ReasonCode.CHURN_OR_COMPLAINT_THREAT;
  }

  @Override
  public Optional<SignalHit> detect(ThreadView thread) {
    return MessageCues.strongest(code(), thread.customerMessages(), THREATS, 1.0);
  }
}
