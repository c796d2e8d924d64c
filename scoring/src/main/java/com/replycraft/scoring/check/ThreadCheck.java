package com.replycraft.scoring.check;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import java.util.List;

/**
 * A rule about a whole transcript rather than one reply (for example, the response-time disclosure
 * reaching the customer after they had already waited past it). Runs only when a thread is audited;
 * findings carry the {@code messageIndex} they point into.
 */
public interface ThreadCheck {

  String id();

  List<FindingCode> codes();

  /**
   * @param thread the whole transcript, {@code at} being its last message
   */
  List<Finding> audit(ThreadView thread);

  List<CheckExample> examples();
}
