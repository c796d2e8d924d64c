package com.replycraft.scoring.escalation;

import com.replycraft.scoring.check.ThreadView;

/** Reads a thread and advises whether it should move to a call or live chat, and why. */
public interface EscalationAdvisor {

  EscalationAdvice advise(ThreadView thread);
}
