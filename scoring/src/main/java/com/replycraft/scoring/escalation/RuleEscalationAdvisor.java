package com.replycraft.scoring.escalation;

import com.replycraft.scoring.check.ThreadView;
import java.util.List;

/**
 * Combines the thread's signals into a recommendation. (The signals and the combining rule are the
 * escalation advisor's own piece of work; until they land it advises staying async.)
 */
public final class RuleEscalationAdvisor implements EscalationAdvisor {

  @Override
  public EscalationAdvice advise(ThreadView thread) {
    return new EscalationAdvice(Recommendation.STAY_ASYNC, 0.5, List.of(), null);
  }
}
