package com.replycraft.scoring.escalation.signal;

import com.replycraft.scoring.check.ThreadView;
import com.replycraft.scoring.escalation.ReasonCode;
import java.util.Optional;

/**
 * One reason a thread may need a call or live chat, read from the customer's messages before the
 * reply and from the thread's shape. Implementations are small, stateless and thread-safe.
 */
public interface Signal {

  ReasonCode code();

  /** The signal with its strongest evidence, or empty when the thread does not show it. */
  Optional<SignalHit> detect(ThreadView thread);
}
